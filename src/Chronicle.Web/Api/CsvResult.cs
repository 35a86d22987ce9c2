using System.Text;
using Chronicle.Contract.Exports;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>A CSV answer (RFC 4180 quoting, a header row, UTF-8): what an analyst opens in a spreadsheet.</summary>
internal sealed class CsvResult(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows, string fileName) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = ResponseFormats.CsvType + "; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        var text = new StringBuilder();
        text.Append(Csv.Line(columns)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(Csv.Line(row)).Append("\r\n");
        }

        await response.WriteAsync(text.ToString(), Encoding.UTF8, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
