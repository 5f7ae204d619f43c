"""The synthetic plan generator: deterministic, valid against the specs, sized as promised."""

import json

from localplan import synthetic
from localplan.commands.common import read_plan
from localplan.exports import json_doc
from localplan.imports import json_import


def test_same_seed_same_plan_other_seed_other_plan():
    a = json_doc.dumps(synthetic.generate("small", seed=1))
    assert a == json_doc.dumps(synthetic.generate("small", seed=1))
    assert a != json_doc.dumps(synthetic.generate("small", seed=2))


def test_generated_plan_passes_import_validation_and_round_trips(tmp_path):
    data = synthetic.generate("small", seed=3)
    text = json_doc.dumps(data)
    valid = json_import.read_text(text)  # raises on any invalid value or broken link
    path = json_import.create_from(valid, tmp_path / "s.lplan")
    assert json.loads(json_doc.dumps(read_plan(str(path)))) == json.loads(text)


def test_large_plan_has_the_metropolitan_sizes():
    data = synthetic.generate("large", seed=0)
    counts = data.counts()
    assert counts["mobility_profile"] == 300 and counts["problems"] == 400 and counts["actors"] == 150
    assert counts["objectives"] == 40 and counts["goals"] == 300 and counts["projects"] == 400
