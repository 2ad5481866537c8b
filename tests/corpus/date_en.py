"""English date phrases with their TIMEX3 values; negatives that must not be dates."""

import datetime as dt

from tests.corpus import date, examples, negatives

KIND = "date"
R = dt.date(2018, 6, 1)
R2 = dt.date(2016, 11, 7)

EXAMPLES = [
    # absolute
    *examples(date("2025-03-14"), "March 14, 2025", "14 March 2025", "Mar. 14, 2025", "14th of March 2025",
              "March 14th, 2025", "2025-03-14", "03/14/2025", "14/03/2025", "14.03.2025", "2025/03/14",
              "14-Mar-2025", "Mar-14-2025", "20250314"),
    *examples(date("2023-09"), "Sept 2023", "September 2023", "Sep. 2023", "2023 September", "Sept, 2023",
              "2023-09", "9/2023", "September of 2023"),
    *examples(date("2014"), "2014", "in 2014", "year 2014", "calendar year 2014"),
    *examples(date("1999-08"), "August 99", "August of 99"),
    # yearless
    *examples(date("XXXX-12-22"), "Dec. 22", "December 22", "22 December", "Dec 22nd",
              "the 22nd of December"),
    *examples(date("2018-12-22"), "Dec. 22", "22 Dec", ref=R),
    *examples(date("2018-02"), "February", "In February", "in Feb", ref=R),
    # (an abbreviation alone is also a name, "Wang Jun": a month alone, not in a sentence)
    *examples(date("2018-02"), "Feb", ref=R, embed=False),
    *examples(date("XXXX-06-15"), "June 15", "15 June", "June fifteenth", "June the 15th"),
    *examples(date("XXXX-07-04"), "July 4", "the fourth of July", "4th of July"),
    # relative
    *examples(date("2018"), "this year", "This Year", "the current year", "this calendar year", ref=R),
    *examples(date("2017"), "last year", "the previous year", ref=R),
    *examples(date("2019"), "next year", ref=R),
    *examples(date("2018-06-01"), "today", ref=R),
    *examples(date("2018-05-31"), "yesterday", ref=R),
    *examples(date("2018-06-02"), "tomorrow", ref=R),
    *examples(date("2018-06-03"), "the day after tomorrow", ref=R),
    *examples(date("2018-05"), "last month", "the previous month", ref=R),
    *examples(date("2018-07"), "next month", ref=R),
    *examples(date("2018-Q1"), "last quarter", "the previous quarter", ref=R),
    *examples(date("2018-09"), "this September", ref=R),
    *examples(date("2017-10"), "last October", ref=R),
    *examples(date("2019-03"), "March next year", ref=R),
    # quarters and halves
    *examples(date("2018-Q1"), "the first quarter of this year", "Q1 this year", "the first quarter",
              "Q1", "the 1st quarter", "first-quarter", "First-quarter", ref=R),
    *examples(date("2016-Q3"), "the third quarter of 2016", "Q3 2016", "2016 Q3", "2016-Q3",
              "3rd quarter of 2016", "q3 2016"),
    *examples(date("XXXX-Q2"), "Q2", "the second quarter"),
    *examples(date("2017-Q4"), "the fourth quarter of last year", "the last quarter of last year", ref=R),
    *examples(date("2018-H1"), "the first half of this year", "H1", "the first half", "H1 this year",
              "first-half", ref=R),
    *examples(date("2015-H2"), "H2 2015", "2015 H2", "2015H2", "the second half of 2015"),
    # ranges
    *examples(date(start="2018-01", end="2018-04"), "From January to April this year",
              "from Jan to Apr this year", "January-April this year", "between January and April this year",
              "Jan-Apr", ref=R),
    *examples(date(start="2018-01", end="2018-11"), "from January to November", "Jan-Nov", ref=R),
    # (March and May are verbs too: after a month and a connector they are months)
    *examples(date(start="2018-01", end="2018-03"), "January-March", "January to March", "Jan-Mar", ref=R),
    *examples(date(start="2018-01", end="2018-05"), "January-May", "January-to-May", "January through May",
              ref=R),
    *examples(date(start="2018-01", end="2018-08"), "January-to-August", ref=R),
    *examples(date(start="2024", end="2025"), "2024-25", "2024/25"),
    *examples(date(start="2021", end="2025"), "2021-25"),
    *examples(date(start="2015", end="2017"), "from 2015 to 2017", "2015-2017", "2015 to 2017",
              "between 2015 and 2017", "from 2015 through 2017", "2015~2017"),
    *examples(date(start="2018-Q1", end="2018-Q3"), "the first three quarters", "the first 3 quarters",
              "first three quarters",
              "the first three quarters of this year", "the year's first three quarters", ref=R),
    *examples(date(start="2018-01", end="2018-06"), "the first six months", "the first 6 months of this year",
              ref=R),
    *examples(date(start="2017-01", end="2017-02"), "Jan-Feb 2017", "January to February 2017"),
    *examples(date(start="2016-11", end="2017-02"), "Nov-Feb 2017"),
    *examples(date(start="XXXX-11-19", end="XXXX-11-20"), "November 19-20", "November 19 to 20",
              "from November 19 to November 20"),
    *examples(date(start="1995-01-04", end="1995-01-22"), "from 4 to 22 January, 1995", "January 4-22, 1995"),
    # open ranges
    *examples(date(start="2016", end=None), "since 2016", "Since 2016", "starting in 2016", "ever since 2016",
              "2016 onwards"),
    *examples(date(start="2018", end=None), "Since this year", "Since the beginning of this year",
              "so far this year", "So far this year", "thus far this year", ref=R),
    *examples(date(start="2017", end=None), "Since last year", ref=R),
    *examples(date(start="XXXX-08", end=None), "since August"),
    *examples(date(start=None, end="2030"), "by 2030"),
    # modifiers
    *examples(date("2017", mod="end"), "the end of 2017", "end of 2017", "late 2017", "the end of last year",
              ref=R),
    *examples(date("2020", mod="start"), "early 2020", "the beginning of 2020", "the start of 2020"),
    *examples(date("2024", mod="end"), "end-2024", "end 2024", "year-end 2024"),
    *examples(date("2021", mod="mid"), "mid-2021", "mid 2021", "the middle of 2021"),
    *examples(date("2018", mod="end"), "the end of this year", "late this year", "end of year", "year-end",
              ref=R),
    *examples(date("2018", mod="mid"), "mid-year", ref=R),
    *examples(date("XXXX-11", mod="mid"), "mid-November"),
    # (the months that are also words, after a hyphenated cue)
    *examples(date("XXXX-05", mod="mid"), "mid-May", "mid May"),
    *examples(date("XXXX-03", mod="mid"), "mid-March"),
    *examples(date("XXXX-03", mod="end"), "the end of March", "late March"),
    # five-year plans
    *examples(date(start="2021", end="2025"), "the 14th Five-Year Plan period",
              "the fourteenth five-year plan period",
              "the 14th Five-Year Plan (2021-2025) period", "14th five year plan period"),
    *examples(date(start="2021", end=None), "since the start of the 14th Five-Year Plan period"),
    *examples(date("2016", mod="start"), "the beginning of the 13th Five-Year Plan period"),
]

NEGATIVES = [
    *negatives("5 months", "five months ahead", "40th anniversary", "the Fifth Expo", "the 21st century"),
    *negatives("2,772 projects", "1400 varieties", "more than 2000 people", "2500 tons", "1500 yuan"),
    *negatives("310.2", "5G", "8.6th generation", "220kv", "12.5%", "3.14 billion", "No. 2019"),
    *negatives("Tel: 0816-2345678", "Firstly", "first place", "the first", "may be", "march forward"),
    *negatives("HKEX: 1234", "(stock code: 2018)", "SGX: 2025", note="stock codes"),
    *negatives("this may not", "$2020", "2020 units", "a first-class hotel", "first-half-hearted"),
    *negatives("this may not", "this march toward", "it may rise", ref=R),
    *negatives("this year", "last quarter", "today", note="relative without a reference date: no value"),
    *negatives("the goals of the 14th Five-Year Plan", "a five-year plan period", note="a plan's document"),
    *negatives("Director Wang Jun said", "Li Jun, the mayor, spoke", note="an abbreviation that is a name"),
    *negatives("code 2024-13", note="no range of years"),
    *negatives("in its first six months of operation", note="a span of the thing's own life"),
]

XFAILS = [
    *examples(date("199"), "the 1990s", "in the 1990s",
              reason="decades (TIMEX3 199) are not read; a decade is no year: 1990s gives no 1990"),
]
