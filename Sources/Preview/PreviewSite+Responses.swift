import Content
import Foundation
import Site

/// How the preview answers a request, from what the last rebuild left: a page with live reload
/// and the strip of problems, the error page, a PDF printed when asked for, a redirect or 404.
/// Everything it reads is written in `PreviewSite.swift`, by the rebuilds.
extension PreviewSite {
    struct Response: Sendable {
        var status: Int
        var contentType: String
        var body: Data
        var location: String? = nil
    }

    /// What the preview answers for a request path (percent-encoded, as it arrived).
    func response(for requestPath: String) async -> Response {
        guard let path = SitePath.resolve(requestPath) else { return notFound() }
        let isPage = path.hasSuffix(".html") || !path.split(separator: "/").last!.contains(".")
        if "/" + path == ProblemBanner.errorsPath || isPage && good == nil { return errorPage() }
        // With errors, a page the last good build lacks may be the broken file's new page.
        if isPage, problems.hasErrors, brokenPages().contains(path)
            || good?.files[path] == nil && good?.files[path + "/index.html"] == nil {
            return errorPage()
        }
        let files = await servedFiles(for: path)
        if path.hasSuffix(".pdf"), let prints, !problems.hasErrors, let good, let renderer = printRenderer {
            do {
                if let pdf = try await prints.pdf(path, jobs: renderer.printJobs, files: good.files, site: config.baseURL) {
                    return Response(status: 200, contentType: SitePath.contentType(of: path), body: pdf)
                }
            } catch {
                let problem = Diagnostic(file: path, line: 1, column: 1, .pdfNotPrinted(path: path, reason: "\(error)"))
                return Response(status: 500, contentType: SitePath.contentType(of: "x.html"),
                                body: ErrorPage.html([problem], strings: strings, version: version))
            }
        }
        if let data = files[path] {
            guard path.hasSuffix(".html") else {
                return Response(status: 200, contentType: SitePath.contentType(of: path), body: data)
            }
            var body = LiveReload.inject(into: data, version: version)
            if !problems.isEmpty, let banner = ProblemBanner.html(problems, page: path, pageOf: page(of:), strings: strings) {
                body = ProblemBanner.inject(banner, into: body)
            }
            return Response(status: 200, contentType: SitePath.contentType(of: path), body: body)
        }
        // A folder asked for without its slash: send the browser to it, so relative links work.
        if files[path + "/index.html"] != nil {
            return Response(status: 301, contentType: "text/plain; charset=utf-8", body: Data(), location: "/" + path + "/")
        }
        return notFound()
    }

    private func errorPage() -> Response {
        Response(status: problems.hasErrors ? 500 : 200, contentType: SitePath.contentType(of: "x.html"),
                 body: ErrorPage.html(problems, strings: strings, version: version))
    }

    /// The pages made from the files that have errors now.
    private func brokenPages() -> Set<String> {
        Set(problems.filter { $0.severity == .error }.compactMap { page(of: $0.file) })
    }

    private func notFound() -> Response {
        let page = good?.files["404.html"] ?? Data("<!DOCTYPE html><title>404</title><p>\(strings["notFoundText"])</p></body>".utf8)
        return Response(status: 404, contentType: SitePath.contentType(of: "404.html"),
                        body: LiveReload.inject(into: page, version: version))
    }
}
