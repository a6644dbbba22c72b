"""One spider for every site; each profile becomes a named spider via ProfileSpiderLoader."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.settings import BaseSettings

from crawler.sites import all_profiles, get_profile


class ProfileSpiderLoader:
    """Scrapy's spider loader, listing one NewsSpider per site profile.

    ``scrapy list`` prints the profile names and ``scrapy crawl thaibinhtv`` runs NewsSpider
    configured with that profile, with no spider class written per site.
    """

    def __init__(self, settings: BaseSettings):
        self.settings = settings

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> "ProfileSpiderLoader":
        return cls(settings)

    def load(self, spider_name: str) -> type[Spider]:
        from crawler.crawling.spiders.news import NewsSpider

        try:
            profile = get_profile(spider_name)
        except KeyError:
            raise KeyError(f"Spider not found: {spider_name}") from None
        return NewsSpider.for_profile(profile)

    def list(self) -> list[str]:
        return sorted(all_profiles())

    def find_by_request(self, request: Request) -> list[str]:
        return [name for name, p in sorted(all_profiles().items()) if p.owns(request.url)]
