using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Hosting;

/// <summary>
/// The operator's token (<c>Authorization: Bearer TOKEN</c>): needed to post articles, and to read when reads are
/// protected. Without a configured token, posting is refused outright, so an open server never takes writes.
/// </summary>
internal sealed class TokenGuard(WebOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var writes = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
        if (!writes && !options.ProtectReads)
        {
            return await next(context).ConfigureAwait(false);
        }

        if (options.Token is not { Length: > 0 } token)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: writes ? "Posting articles is off." : "Reading is protected, but no token is set.",
                detail: "Start the server with --token or CHRONICLE_TOKEN.");
        }

        if (!Matches(request.Headers.Authorization.ToString(), token))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid token is needed.",
                detail: "Send the operator's token as 'Authorization: Bearer TOKEN'.");
        }

        return await next(context).ConfigureAwait(false);
    }

    private static bool Matches(string header, string token)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Fixed-time comparison of hashes: neither the length nor a prefix of the token leaks through timing.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
