from localplan.reference import choice_list, dpa
from localplan.reference.loader import fold, list_ids


def test_dpa_has_every_unit_of_the_country():
    d = dpa()
    assert len(d.level_units("province")) == 24
    assert len(d.level_units("canton")) == 221
    assert len(d.level_units("parish")) == 1396


def test_dpa_names_are_title_case_with_accents():
    d = dpa()
    assert d.get("0401").name == "Tulcán"
    assert d.get("2101").name == "Lago Agrio"
    assert d.get("23").name == "Santo Domingo de los Tsáchilas"
    assert d.get("2302").parent == "23"  # La Concordia re-coded into Santo Domingo


def test_dpa_levels_paths_and_parishes():
    d = dpa()
    assert d.gad_level("04") == "provincial"
    assert d.gad_level("0401") == "cantonal"
    assert d.gad_level("040151") == "parish"
    assert d.gad_level("9999") is None
    assert [u.code for u in d.path("040151")] == ["04", "0401", "040151"]
    assert all(p.parent == "0401" for p in d.parishes_of("0401"))
    assert d.parishes_of("040151")[0].code == "040151"
    assert len(d.parishes_of("04")) == sum(len(d.children(c.code)) for c in d.children("04"))


def test_dpa_search_ignores_accents_and_case_and_finds_codes():
    d = dpa()
    assert any(u.code == "0401" for u in d.search("tulcan"))
    assert d.search("0401")[0].code.startswith("0401")
    assert d.search("   ") == []
    assert fold("Tulcán Ñ") == "tulcan n"


def test_gcm_has_23_objectives_in_both_languages():
    items = choice_list("gcm_objectives")
    assert [c.code for c in items] == [str(n) for n in range(1, 24)]
    assert all(c.label.en and c.label.es for c in items)
    assert items[0].get("title_es").startswith("Recopilar")


def test_every_list_is_bilingual_with_unique_codes():
    for list_id in list_ids():
        items = choice_list(list_id)
        assert items, list_id
        codes = [c.code for c in items]
        assert len(codes) == len(set(codes)), list_id
        for c in items:
            assert c.label.en.strip() and c.label.es.strip(), (list_id, c.code)


def test_reference_lists_the_issue_names():
    assert len(choice_list("sdgs")) == 17
    assert len(choice_list("pnd_axes")) == 5
    assert len(choice_list("pdot_components")) == 5
    codes = {c.code for c in choice_list("mobility_categories")}
    assert {"emigrant", "immigrant", "transit", "returnee", "international_protection",
            "trafficking_victim", "smuggling_victim", "internally_displaced"} == codes
    assert "10.7" in {c.code for c in choice_list("sdg_targets")}


def test_example_territory_is_known_but_not_counted_or_searched():
    d = dpa()
    assert d.get("9901").example and d.gad_level("9901") == "cantonal"
    assert len(d.parishes_of("9901")) == 4
    assert not any(u.example for u in d.search("ejemplo"))
    assert "99" not in {u.code for u in d.level_units("province")}
