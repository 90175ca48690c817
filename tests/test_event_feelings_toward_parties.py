

def test_a_feeling_reported_of_someone_keeps_its_feeler() -> None:
    text = "Party Chairman Rick Dorn was said to be furious with Senator Jane Ruiz."
    assert _sides(text, "ACCUSE") == (["Rick Dorn"], ["Jane Ruiz"])
