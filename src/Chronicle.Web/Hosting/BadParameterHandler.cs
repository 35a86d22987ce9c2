using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Hosting;

/// <summary>Turns a <see cref="BadParameterException"/> into a 400 problem+json that names the parameter.</summary>
internal sealed class BadParameterHandler(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadParameterException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: $"Bad parameter '{e.Parameter}'.",
                detail: e.Message,
                extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter }).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
