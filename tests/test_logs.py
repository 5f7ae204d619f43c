"""The log file: tracebacks are written there and the file rotates instead of growing."""

import logging

from localplan import logs


def test_log_rotates_and_keeps_three_backups(tmp_path):
    target = tmp_path / "app.log"
    handler = logs.RotatingLog(target, max_bytes=200, backups=3)
    logger = logging.getLogger("localplan.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(60):
            logger.warning("message %03d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    assert all(p.stat().st_size <= 200 + 60 for p in tmp_path.iterdir())
    assert "message 059" in target.read_text(encoding="utf-8")  # the newest line is in the current file
    assert "message 000" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())  # the oldest rotated out


def test_exception_is_logged_with_its_traceback(user_home):
    try:
        raise ValueError("a broken value")
    except ValueError:
        path = logs.log_exception("while testing")
    for handler in logs.log.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "while testing" in text and "Traceback" in text and "ValueError: a broken value" in text
