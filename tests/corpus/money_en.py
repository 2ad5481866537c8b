"""English money phrases with their values; negatives that must not be money.

Every English qualifier of issue 2, ranges, currencies by word, symbol or code before
or after the number, hyphenated and run-together forms, cents after dollars. Phrases
are written for this corpus, not taken from the evaluation corpus or the peers.
"""

from tests.corpus import Example, Negative, examples, money, money_range, negatives

KIND = "money"

EXAMPLES: list[Example] = [
    # exact, by word, symbol or code, before or after
    *examples(money("46500000000", "CNY"), "46.5 billion yuan", "RMB 46.5 billion", "46.5 billion RMB",
              "CNY 46.5 billion", "46.5 billion renminbi", "￥46.5 billion", "46.5bn yuan",
              "46,500 million yuan", "forty-six point five billion yuan"),
    *examples(money("2450000000", "USD"), "2.45 billion US dollars", "2.45 billion U.S. dollars",
              "$2.45 billion",
              "US$2.45 billion", "USD 2.45 billion", "2.45 billion USD", "$2.45bn", "2.45 billion dollars",
              "US$ 2.45 billion", "2,450 million US dollars"),
    *examples(money("720000000", "HKD"), "HK$720 million", "720 million Hong Kong dollars", "HKD 720 million",
              "720 million HKD"),
    *examples(money("500000000", "USD"), "500-million-U.S.-dollar", "500-million-US-dollar",
              "500-million-dollar"),
    *examples(money("3000000000", "HKD"), "3-billion-Hong-Kong-dollar"),
    # currencies of trading partners
    *examples(money("5000000000", "HUF"), "5 billion forints", "HUF 5 billion", "5 billion forint"),
    *examples(money("2000000000", "CZK"), "2 billion Czech korunas", "CZK 2 billion", "2 billion koruny"),
    *examples(money("300000000", "RON"), "300 million lei", "300 million Romanian lei"),
    *examples(money("40000000000", "KHR"), "40 billion riels", "KHR 40 billion"),
    *examples(money("8000000", "MMK"), "8 million kyats", "MMK 8 million"),
    *examples(money("6000000000", "BDT"), "6 billion taka", "BDT 6 billion"),
    *examples(money("3000000", "BND"), "3 million Brunei dollars", "B$3 million"),
    *examples(money("5000000000", "UZS"), "5 billion Uzbek soums", "UZS 5 billion"),
    *examples(money("2000000000", "KES"), "2 billion Kenyan shillings", "KSh 2 billion"),
    *examples(money("1000000000", "ARS"), "1 billion Argentine pesos", "ARS 1 billion"),
    *examples(money("100000000", "ETB"), "100 million birr", "100 million Ethiopian birr"),
    *examples(money("12000000", "PEN"), "12 million Peruvian soles", "PEN 12 million"),
    *examples(money("5000000", "AZN"), "5 million Azerbaijani manats", "AZN 5 million"),
    *examples(money("5000000000", "EUR"), "5 billion euros", "€5 billion", "EUR 5 billion", "5-billion-euro",
              "five billion euros"),
    *examples(money("38000000", "GBP"), "38 million pounds", "£38 million", "GBP 38 million", "£38m",
              "38 million pounds sterling"),
    *examples(money("1200000000", "JPY"), "1.2 billion yen", "JPY 1.2 billion"),
    *examples(money("450000000000", "KRW"), "450 billion won", "450 billion Korean won", "KRW 450 billion"),
    *examples(money("100000000000", "CNY"), "100-billion-yuan", "100 billion yuan",
              "one hundred billion yuan"),
    *examples(money("217000000", "USD"), "217 million US dollars", "217 million dollars"),
    # number words joined by "and" after a hundred or a scale
    *examples(money("120000", "JPY"), "one hundred and twenty thousand yen", "120 thousand yen"),
    *examples(money("3250000000", "CNY"), "three billion two hundred and fifty million yuan",
              "three thousand two hundred and fifty million yuan"),
    *examples(money("105", "USD"), "one hundred and five dollars", "a hundred and five dollars"),
    *examples(money("6000000", "SGD"), "S$6 million", "6 million Singapore dollars"),
    *examples(money("9500000", "AUD"), "A$9.5 million", "9.5 million Australian dollars"),
    *examples(money("14000000", "CAD"), "C$14 million", "14 million Canadian dollars"),
    *examples(money("250000", "USD"), "a quarter million dollars", "quarter million US dollars",
              "$250,000", "$250K", "250 thousand dollars"),
    *examples(money("500000", "USD"), "half a million dollars", "half million dollars", "$0.5 million"),
    *examples(money("1000000000", "USD"), "a billion dollars", "one billion dollars", "$1bn"),
    *examples(money("30000000", "USD"), "30 MUSD", "MUSD 30"),
    *examples(money("1", "USD"), "a dollar", "one dollar", "$1"),
    # an article before a currency written before the number is context, not "one"
    *examples(money("5000000", "USD"), "a USD 5 million", "a US$5 million"),
    *examples(money("10000000", "AED"), "an AED 10 million"),
    *examples(money("2000000000", "CNY"), "a RMB 2 billion"),
    # cents after dollars
    *examples(money("12.35", "USD"), "12 dollars 35 cents", "12 dollars and 35 cents", "$12 and 35c",
              "twelve dollars and thirty-five cents", "$12.35"),
    *examples(money("7.05", "GBP"), "7 pounds 5 pence", "£7.05"),
    *examples(money("3.5", "EUR"), "3 euros 50 cents", "3 euros and 50 cents"),
    # approx
    *examples(money("93000000000", "CNY", "approx"), "about 93 billion yuan", "around 93 billion yuan",
              "nearly 93 billion yuan", "some 93 billion yuan", "approximately 93 billion yuan",
              "roughly 93 billion yuan", "almost 93 billion yuan", "close to 93 billion yuan",
              "93 billion yuan or so", "About 93 billion yuan"),
    *examples(money("4000000", "USD", "approx"), "about $4 million", "around US$4 million", "nearly $4m",
              "an estimated $4 million"),
    # more than
    *examples(money("600000000", "CNY", "more_than"), "more than 600 million yuan", "over 600 million yuan",
              "exceeding 600 million yuan", "in excess of 600 million yuan", "upwards of 600 million yuan",
              "upward of 600 million yuan",
              "More than 600 million yuan", "over RMB 600 million", "above 600 million yuan",
              "more than RMB600 million", "surpass 600 million yuan", "topping 600 million yuan",
              "broke through 600 million yuan"),
    *examples(money("2000000000", "USD", "more_than"), "more than $2 billion", "over US$2 billion",
              "exceeding 2 billion US dollars"),
    # at least / at most / less than
    *examples(money("10000000", "USD", "at_least"), "at least $10 million", "at least 10 million dollars",
              "no less than $10 million", "$10 million or more", "a minimum of $10 million",
              "$10 million-plus", "10 million dollars-plus"),
    *examples(money("3000000", "USD", "less_than"), "less than 3 million US dollars", "under $3 million",
              "below 3 million dollars", "less than US$3 million"),
    *examples(money("50000000", "EUR", "at_most"), "up to 50 million euros", "up to €50 million",
              "at most 50 million euros", "no more than €50 million", "a maximum of 50 million euros",
              "not exceed 50 million euros",
              "capped at 50 million euros"),
    # ranges
    *examples(money_range("5000000", "10000000", "USD"), "$5-10 million", "$5 million to $10 million",
              "between $5 million and $10 million", "5 to 10 million dollars", "US$5-10 million",
              "from $5 million to $10 million", "between 5 and 10 million US dollars"),
    *examples(money_range("3000000000", "4000000000", "CNY"), "between 3 and 4 billion yuan",
              "between three and four billion yuan",
              "3-4 billion yuan", "3 to 4 billion yuan", "RMB 3-4 billion", "from 3 to 4 billion yuan"),
    *examples(money_range("200000", "300000", "GBP"), "£200,000-£300,000", "200,000 to 300,000 pounds"),
    # found by investparse.strategies: a scale after the second number of a range applies
    # to both for every scale word and abbreviation of the numeral tables, not only some
    *examples(money_range("5000000", "10000000", "USD"), "5-10MM dollars", "$5-10 mil", "$5 to 10 mln"),
    *examples(money_range("500000", "1000000", "INR"), "5 to 10 lac INR", "Rs 5-10 lakhs"),
    *examples(money_range("426460", "446360", "LAK"), "LAK 426.46-to-446.36thsd"),
    *examples(money_range("3200000000000", "6400000000000", "TWD"), "NT$3.2-6.4 trn"),
    # found by investparse.strategies: a symbol ending in a dot, written against the number
    *examples(money("1.02", "INR"), "Rs.1.02"),
    *examples(money("5000000", "INR"), "Rs.5 million"),
]

NEGATIVES: list[Negative] = [
    *negatives("in 2024", "2023 annual report", "the year 2019", note="bare years"),
    *negatives("14 won prizes", "the 3 who won", note="won after a bare number is the verb"),
    *negatives("3 AMD processors", "COP 28 talks", "RON 95 petrol", note="codes that are brands or acronyms"),
    *negatives("12 pen drives", "5 Ft tall", "2 cop cars", "3 mad dogs",
               note="lower-case ISO codes that are words: codes only in capitals"),
    *negatives("Tel: +86-23-67158993", "+86-10-12345678", "call 400-800-8888", note="phone numbers"),
    *negatives("220kv substation", "5G base stations", "12-inch wafers", "8.6th generation line",
               "28nm process", "ISO 9001", "Model X-200", note="model and technology numbers"),
    *negatives("115 new projects", "3,000 jobs", "1092 tons", "50 hectares", "1.2 million square meters",
               note="counts and quantities"),
    *negatives("Unit: million yuan", "(in million US dollars)", "Unit: billion yuan", note="unit labels"),
    *negatives("the US dollar", "dollar index", "euro area", "the yuan's exchange rate", "pound sterling",
               note="currency words without an amount"),
    *negatives("grew 18.3%", "ranked second", "the first quarter", "a few dollars", "several million yuan",
               note="other kinds and vague amounts"),
]

XFAILS: list[Example] = [
    *examples(money("22500000", "USD"), "dollar 22.5 million",
              reason="a bare currency word before the number is read only for codes and symbols"),
    *examples(money_range("1.1", "1.3", "USD"), "from 1 point 1 and one point three dollars",
              reason="digits followed by a spoken decimal point are not in the money number pattern"),
]
