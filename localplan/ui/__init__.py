"""The Qt windows. Qt is imported only here and in localplan.app; everything else runs headless."""
