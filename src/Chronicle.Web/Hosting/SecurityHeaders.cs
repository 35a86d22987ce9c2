using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Hosting;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (scripts, styles, data only from this server; no inline
/// script or style; no framing), no MIME sniffing, no referrer. Article text reaches the page only as text, and these
/// headers are the second wall if that ever slipped.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
