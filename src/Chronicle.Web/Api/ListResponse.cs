using System.Globalization;
using Chronicle.Storage.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Chronicle.Web.Api;

/// <summary>A page of a list on the wire, with the address of the next page (null on the last).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed record ListResponse<T>(IReadOnlyList<T> Items, long Total, int Limit, int Offset, string? Next)
{
    public static ListResponse<T> Of(Page<T> page, HttpRequest request)
    {
        string? next = null;
        if (page.Offset + page.Items.Count < page.Total && page.Items.Count > 0)
        {
            var query = new QueryBuilder(request.Query.Where(p => p.Key != "offset").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))))
            {
                { "offset", (page.Offset + page.Items.Count).ToString(CultureInfo.InvariantCulture) },
            };
            next = request.PathBase + request.Path + query.ToQueryString();
        }

        return new ListResponse<T>(page.Items, page.Total, page.Limit, page.Offset, next);
    }
}
