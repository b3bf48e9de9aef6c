"""Following the API's `next` links, shared by the web tests (a module of its own: conftest names collide across folders)."""


def all_pages(client, url: str) -> list[dict]:
    """Every item, following `next` links."""
    items, seen = [], set()
    while url:
        assert url not in seen, f"pagination loops at {url}"
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        url = body["next"]
    return items
