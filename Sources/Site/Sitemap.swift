/// `sitemap.xml` for search engines. The sitemap protocol wants absolute addresses, so it is
/// written only when the configuration names where the site is published (`basis-url`).
enum Sitemap {
    static func xml(pages: [String], baseURL: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page.hasSuffix(".html") && page != "404.html" {
            out += "  <url><loc>\(Markup.escape(baseURL + page))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }
}
