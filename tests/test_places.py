"""Places: toponyms geocoded offline, region and border phrases, and the event slots."""

from __future__ import annotations

from shapely.geometry import box

from eventwire.events.slots import event_place, event_time
from eventwire.model import ArticleResult, Evidence, Place
from eventwire.places import territory
from eventwire.places.geocode import geocode
from tests.conftest import run_texts


def _places(result: ArticleResult, surface: str) -> list[Place]:
    return [p for p in result.places if p.evidence.text == surface]


def _sentence(result: ArticleResult, words: str) -> Evidence:
    """The evidence of the paragraph sentence containing `words`."""
    text = result.article.text  # type: ignore[union-attr]
    at = text.index(words)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    end = text.index(".", at) + 1
    return Evidence.of(text, start, end)


def test_reference_minsk(reference: ArticleResult) -> None:
    (minsk,) = _places(reference, "Minsk")
    assert minsk.country == "BLR" and minsk.feature == "city"
    assert round(minsk.lat, 1) == 53.9 and round(minsk.lon, 2) == 27.57
    assert minsk.geonameid == 625144


def test_reference_south_of_belarus_is_a_southern_region(reference: ArticleResult) -> None:
    (south,) = _places(reference, "the south of Belarus")
    assert (south.kind, south.country, south.name) == ("region", "BLR", "southern Belarus")


def test_reference_border_with_ukraine(reference: ArticleResult) -> None:
    borders = _places(reference, "the border with Ukraine")
    assert len(borders) == 2
    assert all(b.kind == "border" and b.country == "BLR" for b in borders)
    assert borders[0].name == "Belarus–Ukraine border"


def test_reference_soil_and_flank_belong_to_belarus(reference: ArticleResult) -> None:
    for surface in ("Belarusian soil", "the southern flank"):
        (place,) = _places(reference, surface)
        assert (place.kind, place.country) == ("region", "BLR")


def test_paris_is_france_unless_the_text_says_texas() -> None:
    france, texas = run_texts(
        "Protesters gathered in Paris on Saturday.",
        "The tornado hit Paris, Texas, on Saturday, officials said.",
    )
    assert _places(france, "Paris")[0].country == "FRA"
    (paris,) = _places(texas, "Paris")
    assert (paris.country, paris.admin1) == ("USA", "Texas")


def test_article_countries_decide_an_ambiguous_name() -> None:
    assert geocode("Georgia").country == "GEO"  # type: ignore[union-attr]
    assert geocode("Georgia", frozenset({"USA"})).country == "USA"  # type: ignore[union-attr]


def test_a_state_beats_a_small_town_of_its_name() -> None:
    ontario = geocode("Ontario", frozenset({"USA", "CAN", "California"}))
    assert (ontario.feature, ontario.country) == ("admin1", "CAN")  # type: ignore[union-attr]
    assert geocode("Wales").feature == "admin1"  # type: ignore[union-attr]


def test_a_list_of_states_is_not_read_as_town_state() -> None:
    (result,) = run_texts("Cases were found in Missouri, Washington, West Virginia and Ohio.")
    assert [p.feature for p in result.places] == ["admin1"] * 4


def test_event_time_takes_the_sentence_expression(reference: ArticleResult) -> None:
    text = reference.article.text  # type: ignore[union-attr]
    sentence = _sentence(reference, "will run on February 10-22")
    slot = event_time(
        sentence, reference.article, reference.times, trigger=text.index("run on February")
    )
    assert (slot.start, slot.end, slot.defaulted) == ("2022-02-10", "2022-02-22", False)


def test_event_time_defaults_to_the_article_date(reference: ArticleResult) -> None:
    slot = event_time(
        _sentence(reference, "Belarus also faces the task"), reference.article, reference.times
    )
    assert (slot.value, slot.defaulted) == ("2022-02-03", True)


def test_event_place_takes_the_region_in_the_sentence(reference: ArticleResult) -> None:
    sentence = _sentence(reference, "massive drills in the south")
    trigger = reference.article.text.index("conduct massive")  # type: ignore[union-attr]
    slot = event_place(sentence, reference.article, reference.places, trigger=trigger)
    assert (slot.name, slot.country, slot.defaulted) == ("southern Belarus", "BLR", False)


def test_event_place_defaults_to_the_dateline(reference: ArticleResult) -> None:
    slot = event_place(
        _sentence(reference, "It is very important for us for our"),
        reference.article,
        reference.places,
    )
    assert (slot.name, slot.country, slot.defaulted) == ("Minsk", "BLR", True)


def test_washington_is_the_capital_unless_the_text_says_the_state() -> None:
    capital, state = run_texts(
        "Senators returned to Washington on Monday to vote on the budget.",
        "The apples came from a Washington state orchard near Spokane.",
    )
    (city,) = _places(capital, "Washington")
    assert (city.country, city.feature, round(city.lat), round(city.lon)) == (
        "USA",
        "city",
        39,
        -77,
    )
    assert _places(state, "Washington")[0].feature == "admin1"


def test_a_city_and_state_of_one_name_is_the_state_after_a_town_or_before_its_office() -> None:
    (result,) = run_texts(
        "A Rochester, New York, nurse met the New York governor. Fans cheered in New York. "
        "Washington Gov. Jay Inslee flew to Washington. Police in Monterrey, Mexico, said so."
    )
    read = [(p.evidence.text, p.feature) for p in result.places]
    assert read.count(("New York", "admin1")) == 2
    assert read.count(("New York", "city")) == 1
    assert ("Washington", "admin1") in read and ("Washington", "city") in read
    assert ("Mexico", "country") in read


def test_west_germany_is_placed_in_germany() -> None:
    (result,) = run_texts("Troops came from Britain and West Germany.", date="1990-08-16")
    countries = {p.evidence.text: p.country for p in result.places}
    assert countries["West Germany"] == "DEU"


def test_well_known_cities_beat_small_us_namesakes_in_us_news() -> None:
    (result,) = run_texts(
        "The U.S. senator flew from Texas to London, then to Paris and on to Sydney."
    )
    countries = {p.evidence.text: p.country for p in result.places}
    assert [countries[c] for c in ("London", "Paris", "Sydney")] == ["GBR", "FRA", "AUS"]


def test_acronyms_people_and_dates_are_not_places() -> None:
    (result,) = run_texts(
        "Attorney General Janet Reno spoke to NBC on October 6. Reno said the GOP was wrong."
    )
    assert not {p.evidence.text for p in result.places} & {"Reno", "NBC", "GOP", "October"}


def test_ap_state_abbreviations_place_the_town_before_them() -> None:
    (result,) = run_texts("Rallies in Greenville, S.C., and Seattle, Wash., drew thousands.")
    found = {p.evidence.text: (p.feature, p.admin1) for p in result.places}
    assert found["S.C."] == ("admin1", "South Carolina")
    assert found["Wash."] == ("admin1", "Washington")
    assert found["Seattle"] == ("city", "Washington")


def test_organisations_and_alternate_names_alone_are_not_places() -> None:
    (result,) = run_texts(
        "UNITED NATIONS (AP) _ The council met on Monday. A Gold Star mother spoke in Nairobi."
    )
    assert [p.evidence.text for p in result.places] == ["Nairobi"]


def test_demonyms_and_diseases_are_not_places_but_their_towns_are() -> None:
    disease, town = run_texts(
        "Ukrainian officials said the Marburg virus and Ebola spread in Angola.",
        "Officials in Marburg, Germany, reported two cases.",
    )
    assert [p.evidence.text for p in disease.places] == ["Angola"]
    assert _places(town, "Marburg")[0].country == "DEU"


def test_places_ner_joins_or_splits_are_read_as_the_gazetteer_names_them() -> None:
    joined, split = run_texts(
        "Talks were held in Trinidad and Tobago on Monday.",
        "Aid flowed to East Africa - Kenya, Uganda and Tanzania.",
    )
    assert [(p.evidence.text, p.country) for p in joined.places] == [("Trinidad and Tobago", "TTO")]
    assert "Kenya" in [p.evidence.text for p in split.places]


def test_a_surname_ending_in_s_is_still_the_persons_word() -> None:
    (result,) = run_texts("Coach Bill Memphis spoke. Memphis said the team played well.")
    assert not [p for p in result.places if p.evidence.text == "Memphis"]


def test_a_hyphenated_country_and_a_plural_possessive_are_whole_names() -> None:
    (result,) = run_texts(
        "Officials in Guinea-Bissau and the United States' envoy met in Dakar on Monday."
    )
    found = {p.evidence.text: p.country for p in result.places}
    assert found["Guinea-Bissau"] == "GNB"
    assert found["United States"] == "USA"


def test_a_name_read_as_a_country_does_not_vouch_for_itself() -> None:
    us_news, caucasus = run_texts(
        "A lab in Georgia confirmed the case, said the University of Georgia. "
        "The cow came from a farm in Alabama.",
        "Georgia and Russia fought over South Ossetia. Georgian troops left Tbilisi.",
    )
    assert (_places(us_news, "Georgia")[0].feature, _places(us_news, "Georgia")[0].country) == (
        "admin1",
        "USA",
    )
    assert _places(caucasus, "Georgia")[0].country == "GEO"


def test_a_cut_name_takes_its_first_word_and_a_part_of_a_city_is_the_city() -> None:
    (result,) = run_texts(
        "Children in camps near Goz Beida were malnourished. "
        "Horses in North-Western Sydney were sick, but not in Southern California."
    )
    found = {p.evidence.text: p.country for p in result.places}
    assert found["Goz Beida"] == "TCD"
    assert found["North-Western Sydney"] == "AUS"
    assert [p.lat for p in _places(result, "Southern California")] == [None]


def test_a_big_city_beats_a_small_state_of_its_name() -> None:
    (result,) = run_texts("Fans travelled from Manchester to Liverpool for the match on Sunday.")
    assert _places(result, "Manchester")[0].country == "GBR"


def test_a_state_lies_at_the_centre_of_its_territory_not_of_its_towns() -> None:
    """Queensland spans 10°–29°S and 138°–153.5°E but its towns line the east coast; Ontario's
    crowd its south, below the 57th parallel."""
    queensland, ontario = geocode("Queensland"), geocode("Ontario")
    assert queensland is not None and ontario is not None
    assert -24 < queensland.lat < -20 and 142 < queensland.lon < 146
    assert 48.5 < ontario.lat < 51.5 and -88 < ontario.lon < -83


def test_each_state_takes_the_part_of_the_country_nearest_its_towns() -> None:
    """A 10°-wide country whose two states each have one town near the border between them:
    each state's point is the middle of its half, not its town."""
    country = box(0, 0, 10, 4)
    towns = [
        {"latitude": 2.0, "longitude": 4.5, "state": "West"},
        {"latitude": 2.0, "longitude": 5.5, "state": "East"},
    ]
    points = territory._country_states(country, towns)
    assert sorted(points) == ["East", "West"]
    for state, middle in (("West", 2.5), ("East", 7.5)):
        lat, lon = points[state]
        assert abs(lat - 2) < 0.2 and abs(lon - middle) < 0.2


def test_the_south_is_a_region_of_the_articles_own_country_only() -> None:
    (result,) = run_texts("Storms hit the South on Monday, officials in Texas said.")
    (south,) = _places(result, "South")
    assert (south.country, south.lat) == (None, None)


def test_small_towns_listed_with_towns_or_placed_in_a_state_are_places() -> None:
    australia, wire = run_texts(
        "The flu spread to Moonbi, Parkes, Berry and Wyong in regional NSW, and may have "
        "reached Warwick in Queensland.",
        "Besides copiers in Europe and the U.S., Nashua has three other businesses.",
    )
    found = {p.evidence.text: (p.country, p.admin1) for p in australia.places}
    assert found["Parkes"] == found["Berry"] == ("AUS", "New South Wales")
    assert found["Warwick"] == ("AUS", "Queensland")
    assert "Nashua" not in [p.evidence.text for p in wire.places]


def test_places_take_the_state_of_the_articles_day() -> None:
    text = "Protesters marched in Belgrade and in Pristina, Kosovo, on Sunday."
    (old,), (new,) = run_texts(text, date="1998-03-06"), run_texts(text, date="2010-03-06")
    then = {p.evidence.text: p.country for p in old.places}
    assert (then["Belgrade"], then["Pristina"]) == ("YUG", "XKX")  # Kosovo's places keep XKX
    assert {p.evidence.text: p.country for p in new.places}["Belgrade"] == "SRB"


def test_a_landmark_the_town_gazetteers_lack_is_a_place() -> None:
    (r,) = run_texts("Mourners gathered at Ground Zero in New York on Sunday.", date="2016-09-11")
    (site,) = _places(r, "Ground Zero")
    assert site.country == "USA" and round(site.lat, 1) == 40.7 and round(site.lon, 1) == -74.0


def test_a_named_persons_surname_is_no_town() -> None:
    text = (
        "Sen. Elizabeth Warren met the governor on Friday. Supporters hope a stamp of approval "
        "from Warren, who is popular with progressives, will help. Warren left by car."
    )
    (result,) = run_texts(text)
    assert not _places(result, "Warren")


def test_a_name_after_a_title_is_no_town() -> None:
    text = "We were betrayed by the government, by (President) Kennedy, said a woman in Miami."
    (result,) = run_texts(text)
    assert not _places(result, "Kennedy")
    assert _places(result, "Miami")


def test_a_sea_is_a_sea_not_the_province_or_town_named_after_it() -> None:
    """'the Red Sea' was Egypt's Red Sea governorate, 'the North Sea' a hamlet on Long Island;
    the Black Sea was no place at all."""
    (result,) = run_texts(
        "Warships sailed from the Red Sea to the Black Sea on Monday, while oil platforms in "
        "the North Sea were evacuated, officials said."
    )
    for sea in ("Red Sea", "Black Sea", "North Sea"):
        (place,) = _places(result, sea)
        assert (place.feature, place.country) == ("region", None)
