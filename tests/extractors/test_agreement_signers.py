"""Documents named by the bodies that sign them, quoted titles, semicolon lists after the verb,
hard-wrapped lines, and the sentences that go on with the documents of a signing ("In addition,
an MoU ...", "Sie sind ...", "Это ..."). Sentences written for the tests."""

from __future__ import annotations

import dyad


def titles(text: str) -> list[str]:
    return [a.title for a in dyad.extract(text, source="t.txt").agreements]


def test_a_bare_document_takes_the_bodies_that_signed_it() -> None:
    en = titles("Tourism\n\nOn the tourism side, the Chilean Ministry of Tourism and the Peruvian Tourism Board "
                "signed a memorandum of understanding.")
    assert en == ["memorandum of understanding between the Chilean Ministry of Tourism and the Peruvian Tourism Board"], en
    en2 = titles("Media\n\nThe Ghana News Agency and the Togolese Press Agency also signed a cooperation agreement.")
    assert en2 == ["cooperation agreement between the Ghana News Agency and the Togolese Press Agency"], en2
    de = titles("Bildung\n\nDas chilenische Bildungsministerium und die peruanische Akademie der Wissenschaften "
                "haben ein Memorandum of Understanding unterzeichnet.")
    assert de == ["Memorandum of Understanding zwischen das chilenische Bildungsministerium und die peruanische "
                  "Akademie der Wissenschaften"], de


def test_countries_and_persons_are_no_bodies_that_name_a_document() -> None:
    assert titles("Trade\n\nGhana and Togo signed a memorandum of understanding.") == ["memorandum of understanding"]
    got = titles("Trade\n\nPresident Mahama and President Faure signed a cooperation agreement.")
    assert got == ["cooperation agreement"], got
    de = titles("Handel\n\nChile und Peru haben ein Kooperationsabkommen unterzeichnet.")
    assert de == ["Kooperationsabkommen"], de


def test_a_document_with_a_name_of_its_own_keeps_it() -> None:
    got = titles("Farming\n\nThe Kenyan Ministry of Agriculture and the Dutch Seed Institute signed an agreement on "
                 "the exchange of seed varieties for arid regions.")
    assert got == ["agreement on the exchange of seed varieties for arid regions"], got


def test_the_bodies_put_first_or_inside_the_passive_go_with_the_title() -> None:
    fronted = titles("Gesundheit\n\nZwischen dem chilenischen Gesundheitsministerium und dem peruanischen Institut für "
                     "Tropenmedizin wurde eine Absichtserklärung zur Zusammenarbeit unterzeichnet.")
    assert fronted == ["Absichtserklärung zur Zusammenarbeit zwischen dem chilenischen Gesundheitsministerium und dem "
                       "peruanischen Institut für Tropenmedizin"], fronted
    inside = titles("Zivilschutz\n\nDas entsprechende Kooperationsprotokoll wurde zwischen dem chilenischen "
                    "Innenministerium und der peruanischen Zivilschutzbehörde unterzeichnet.")
    assert inside == ["Kooperationsprotokoll zwischen dem chilenischen Innenministerium und der peruanischen "
                      "Zivilschutzbehörde"], inside
    # a time and place in the passive are no signers (a German compound is a title of its own)
    assert titles("Bergbau\n\nEin Bergbauprotokoll wurde am Montag in Lima unterzeichnet.") == ["Bergbauprotokoll"]


def test_quoted_titles_after_the_verb() -> None:
    en = titles('Fisheries\n\nThe prime ministers signed the "Joint Statement on the Chile-Peru Fisheries Partnership" '
                'and the "Action Plan for Border Trade."')
    assert en == ["Joint Statement on the Chile-Peru Fisheries Partnership", "Action Plan for Border Trade"], en
    de = titles("Kultur\n\nDie Außenminister unterzeichneten das „Abkommen über kulturelle Zusammenarbeit“ und eine "
                "Absichtserklärung über den Tourismus.")
    assert de == ["Abkommen über kulturelle Zusammenarbeit", "Absichtserklärung über den Tourismus"], de
    ru = titles("Спорт\n\nМинистры подписали «Соглашение о сотрудничестве в области спорта» и протокол о консультациях.")
    assert ru == ["Соглашение о сотрудничестве в области спорта", "протокол о консультациях"], ru


def test_two_quoted_titles_in_one_line_of_a_list_and_a_signing_line_after_it() -> None:
    got = titles("Besuch\n\nDie Präsidenten von Chile und Peru trafen sich am Montag in Lima.\n"
                 "Die Minister unterzeichneten folgende Dokumente:\n"
                 "„Abkommen über die Visafreiheit für Studenten“ sowie „Memorandum über die Zusammenarbeit im Tourismus“.\n"
                 "Die Vizepremiers unterzeichneten das „Abkommen über die Rechtshilfe in Zivilsachen“.")
    assert got == ["Abkommen über die Visafreiheit für Studenten", "Memorandum über die Zusammenarbeit im Tourismus",
                   "Abkommen über die Rechtshilfe in Zivilsachen"], got


def test_a_semicolon_list_after_the_verb_and_a_hard_wrapped_line() -> None:
    got = titles("Visit\n\nThe presidents of Chile and Peru met in Lima on Monday.\n"
                 "The two sides signed an action plan to develop cooperation\nbetween Chile and Peru for "
                 "2025-2026; an agreement on the\nrecognition of diplomas; the Road Map in the field of mining for 2025.")
    assert got == ["action plan to develop cooperation between Chile and Peru for 2025-2026",
                   "agreement on the recognition of diplomas", "Road Map in the field of mining for 2025"], got
    got = titles("Visit\n\nThey also signed a protocol on cooperation in the field of energy; a protocol on "
                 "cooperation in customs; a program of cooperation in sports for 2025.")
    assert got == ["protocol on cooperation in the field of energy", "protocol on cooperation in customs",
                   "program of cooperation in sports for 2025"], got
    # a clause after the semicolon is no document
    assert titles("Trade\n\nThe ministers signed an agreement on trade; the talks went on until night.") == [
        "agreement on trade"]


def test_sentences_that_go_on_with_the_documents_of_a_signing() -> None:
    en = titles("Visit\n\nThree agreements were signed in Lima. In addition, an MoU between the Peruvian Ministry of "
                "Health and the Chilean Health Institute on vaccines, and an MoU between the two central banks on "
                "payments.")
    assert "MoU between the Peruvian Ministry of Health and the Chilean Health Institute on vaccines" in en, en
    assert "MoU between the two central banks on payments" in en, en
    en2 = titles("Visit\n\nTwo documents were signed. They are a memorandum on fisheries and an agreement on air "
                 "services.")
    assert en2 == ["memorandum on fisheries", "agreement on air services"], en2
    de = titles("Besuch\n\nIm Beisein der Präsidenten wurden zwei Dokumente unterzeichnet. Sie sind ein Abkommen über "
                "den Luftverkehr und ein Memorandum über die Zusammenarbeit der Zollbehörden.")
    assert de == ["Abkommen über den Luftverkehr", "Memorandum über die Zusammenarbeit der Zollbehörden"], de
    de2 = titles("Besuch\n\nChile und Peru unterzeichneten mehrere Abkommen. Dazu zählen ein Abkommen über die "
                 "Fischerei sowie eine Absichtserklärung über den Bergbau.")
    assert de2 == ["Abkommen über die Fischerei", "Absichtserklärung über den Bergbau"], de2
    ru = titles("Визит\n\nСтороны подписали два документа. Это соглашение о воздушном сообщении и меморандум о "
                "сотрудничестве в области туризма.")
    assert ru == ["соглашение о воздушном сообщении", "меморандум о сотрудничестве в области туризма"], ru


def test_an_abbreviation_in_brackets_is_no_title_and_a_memo_is_a_document() -> None:
    got = titles("Visit\n\nThree Memoranda of Understanding (MoUs) and one Agreement were signed in Accra.")
    assert got == [], got
    memo = titles("Trade\n\nThe foreign ministers signed a memo of cooperation between their ministries for 2025-2027.")
    assert memo == ["memo of cooperation between their ministries for 2025-2027"], memo


def test_a_headline_tells_in_short_the_document_the_body_names() -> None:
    en = titles("Chile and Peru sign memorandum on fisheries\n\nThe two governments signed an intergovernmental "
                "memorandum of understanding on sustainable fisheries management in Lima on Monday.")
    assert en == ["intergovernmental memorandum of understanding on sustainable fisheries management"], en
    ru = titles("Чили и Перу подписали меморандум о рыболовстве\n\nПравительства двух стран подписали в Лиме "
                "межправительственный меморандум о взаимопонимании в области устойчивого рыболовства.")
    assert ru == ["межправительственный меморандум о взаимопонимании в области устойчивого рыболовства"], ru
    # plural documents in a headline name none; a document of another kind in the body leaves it be
    assert titles("Ghana and Togo sign agreements to boost trade\n\nThe presidents met in Lomé on Friday.") == []
    en2 = titles("Chile and Peru signed a treaty on fisheries\n\nThe ministers also signed a memorandum on tourism "
                 "in Lima on Monday.")
    assert en2 == ["treaty on fisheries", "memorandum on tourism"], en2
    ru2 = titles("Чили и Перу подписали договор о рыболовстве\n\nМинистры также подписали меморандум о "
                 "сотрудничестве в туризме.")
    assert ru2 == ["договор о рыболовстве", "меморандум о сотрудничестве в туризме"], ru2


def test_the_bodies_named_after_a_passive_verb_go_with_a_bare_title() -> None:
    en = titles("Culture\n\nAn agreement was also signed between the Culture Ministry of Chile and the Peruvian "
                "Ministry of Culture.")
    assert en == ["agreement between the Culture Ministry of Chile and the Peruvian Ministry of Culture"], en
    ru = titles("Культура\n\nМеморандум был подписан между Министерством культуры Чили и Министерством культуры Перу.")
    assert ru == ["Меморандум между Министерством культуры Чили и Министерством культуры Перу"], ru
    # the two countries are no bodies: the bare document stays unnamed
    assert titles("Trade\n\nAn agreement was signed between the two countries in Lima.") == []


def test_a_joint_statement_is_named_by_its_kind() -> None:
    en = titles("Visit\n\nThe presidents of Chile and Peru adopted a joint statement following the meetings, "
                "the ministry said.")
    assert en == ["joint statement"], en
    assert titles("Visit\n\nThe presidents of Chile and Peru signed a joint statement in Lima.") == ["joint statement"]
    # an agreement named by its kind alone is none
    assert titles("Visit\n\nThe presidents of Chile and Peru signed the agreements in Lima.") == []


def test_documents_listed_after_a_colon_in_one_line() -> None:
    en = titles("Fisheries\n\nGhana and Togo have signed the following MoUs in the field of fisheries: a) An umbrella "
                "MoU in the field of fisheries b) An MoU on sanitary controls at ports c) A Memorandum of Intent "
                "between the two fisheries institutes. The forum followed.")
    assert en == ["umbrella MoU in the field of fisheries", "MoU on sanitary controls at ports",
                  "Memorandum of Intent between the two fisheries institutes"], en
    en2 = titles("Trade\n\nThe ministers of Chile and Peru signed the following memorandums on trade: (1) a memorandum "
                 "on customs; (2) a memorandum on standards.")
    assert en2 == ["memorandum on customs", "memorandum on standards"], en2
    de = titles("Handel\n\nDie Minister von Chile und Peru unterzeichneten folgende Abkommen über den Handel: a) ein "
                "Abkommen über Zölle, b) ein Memorandum über Normen.")
    assert de == ["Abkommen über Zölle", "Memorandum über Normen"], de
    # a colon that explains the document opens no list
    got = titles("Trade\n\nThe ministers of Chile and Peru signed an agreement on trade: it covers tariffs.")
    assert got == ["agreement on trade"], got
