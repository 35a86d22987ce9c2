using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// The API under abuse, on the real server: injection in every filter of every list, oversized requests, path
/// traversal, missing or wrong tokens, and article text carrying script. Nothing answers 5xx, nothing leaks, the
/// database stays whole.
/// </summary>
public sealed class ApiAbuseTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly string[] Lists = ["/api/events", "/api/documents", "/api/events/timeline", "/api/actors", "/api/places", "/api/clusters"];

    private static readonly string[] Filters = ["from", "to", "type", "acled", "country", "actor", "q", "cluster", "document", "min_confidence", "limit", "offset", "sort", "format", "interval"];

    private static readonly string[] Injections =
    [
        "' OR '1'='1", "1' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE documents; --", "') UNION SELECT id, text, 1, 1, 1, 1 FROM documents --",
        "%' --", "*", "\\", "NULL", "1e309", "-1", "99999999999999999999", "NEAR(a b)", "\"unterminated", "a OR b AND NOT c", "title:x",
        "😀\u202E", "x\u0000y", "2024-13-45", "$(id)", "{{7*7}}", "<script>alert(1)</script>",
    ];

    [Fact]
    public async Task Injection_strings_in_every_filter_are_answered_without_a_5xx_and_change_nothing()
    {
        var before = SqliteFile.Count(server.Database, "SELECT count(*) FROM documents");
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        foreach (var list in Lists)
        {
            foreach (var filter in Filters)
            {
                foreach (var injection in Injections)
                {
                    var url = $"{list}?{filter}={Uri.EscapeDataString(injection)}";
                    using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative));
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status is not (200 or 400))
                    {
                        failures.Add($"{url}: {status} {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
        }

        foreach (var injection in Injections)
        {
            foreach (var one in (string[])["/api/events/", "/api/documents/", "/api/actors/", "/api/clusters/"])
            {
                using var response = await server.Client.GetAsync(new Uri(one + Uri.EscapeDataString(injection), UriKind.Relative));
                if ((int)response.StatusCode is not (200 or 400 or 404))
                {
                    failures.Add($"{one}{injection}: {(int)response.StatusCode}");
                }
            }
        }

        var requests = statuses.Values.Sum() + (Injections.Length * 4);
        Figures.Record("api injection", string.Create(CultureInfo.InvariantCulture,
            $"{requests} requests with {Injections.Length} injection strings in {Filters.Length} filters of {Lists.Length} lists and 4 lookups: {failures.Count} 5xx or unexpected, statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"))}"));
        failures.ShouldBeEmpty();
        SqliteFile.Count(server.Database, "SELECT count(*) FROM documents").ShouldBe(before);
        SqliteFile.IntegrityCheck(server.Database).ShouldBe("ok");
        var none = await server.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/events?document=" + Uri.EscapeDataString("' OR '1'='1"), UriKind.Relative));
        none.GetProperty("total").GetInt64().ShouldBe(0, "an injected document id matches nothing");
    }

    [Fact]
    public async Task Oversized_parameters_headers_and_bodies_are_refused_with_4xx()
    {
        using var longLine = await server.Client.GetAsync(new Uri("/api/events?q=" + new string('a', 20_000), UriKind.Relative));
        ((int)longLine.StatusCode).ShouldBe(414);

        using var longSearch = await server.Client.GetAsync(new Uri("/api/documents?q=" + new string('a', 2_000), UriKind.Relative));
        longSearch.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var bigHeader = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        bigHeader.Headers.Add("X-Padding", new string('h', 40_000));
        using var headerResponse = await server.Client.SendAsync(bigHeader);
        ((int)headerResponse.StatusCode).ShouldBe(431);

        var before = SqliteFile.Count(server.Database, "SELECT count(*) FROM documents");
        (await PostRefusedAsync(new ByteArrayContent(new byte[(16 << 20) + 1]))).ShouldBe("413");
        (await PostRefusedAsync(new StreamContent(new LongJsonStream(17L << 20)))).ShouldBeOneOf("413", "cut off");
        SqliteFile.Count(server.Database, "SELECT count(*) FROM documents").ShouldBe(before);
        using (var still = await server.Client.GetAsync(new Uri("/api/events", UriKind.Relative)))
        {
            still.StatusCode.ShouldBe(HttpStatusCode.OK, "the server serves on after refusing");
        }

        var tooMany = "[" + string.Join(",", Enumerable.Repeat("{\"text\":\"Talks resumed.\"}", 501)) + "]";
        using var manyArticles = await PostAsync(new StringContent(tooMany, Encoding.UTF8), ApiServer.Token);
        manyArticles.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var deep = await PostAsync(new StringContent(new string('[', 10_000) + new string(']', 10_000), Encoding.UTF8), ApiServer.Token);
        deep.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Figures.Record("api limits", "URL 20 KB -> 414, q 2,000 chars -> 400, header 40 KB -> 431, body 16 MB + 1 declared -> 413, 17 MB chunked -> refused, 501 articles -> 400, JSON nested 10,000 deep -> 400");
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/....//....//etc/passwd")]
    [InlineData("/..\\..\\..\\etc\\passwd")]
    [InlineData("/index.html/../../Chronicle.Web.dll")]
    [InlineData("/app.js%00.html")]
    [InlineData("/Chronicle.Web.dll")]
    [InlineData("/chronicle.dll")]
    [InlineData("/appsettings.json")]
    [InlineData("/wwwroot/../../../../etc/passwd")]
    public async Task Static_files_never_reach_outside_the_dashboard(string path)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, server.BaseAddress + path.TrimStart('/'));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBeLessThan(500);
        body.ShouldNotContain("root:");
        body.ShouldNotContain("This program cannot be run in DOS mode");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html", $"{path} may only fall back to the dashboard page");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer wrong-token")]
    [InlineData("Bearer reliability-token-7f3")]
    [InlineData("Bearer reliability-token-7f3aX")]
    [InlineData("Bearer RELIABILITY-TOKEN-7F3A")]
    [InlineData("Basic cmVsaWFiaWxpdHktdG9rZW4tN2YzYQ==")]
    [InlineData("reliability-token-7f3a")]
    public async Task Posting_without_the_right_token_is_401_and_stores_nothing(string? authorization)
    {
        var before = SqliteFile.Count(server.Database, "SELECT count(*) FROM documents");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents?token=" + ApiServer.Token)
        {
            Content = JsonContent.Create(new { text = "Miners blocked the main road into Velmora on Friday, officials said." }),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await server.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        SqliteFile.Count(server.Database, "SELECT count(*) FROM documents").ShouldBe(before);
    }

    [Theory]
    [InlineData("""{"text":"Talks \ud800 resumed in Castrel."}""", "body[0].text")]
    [InlineData("""{"text":"Talks\u0000 resumed in Castrel."}""", "body[0].text")]
    [InlineData("""{"title":"\udc00","text":"Talks resumed in Castrel."}""", "body[0].title")]
    public async Task Text_that_cannot_be_stored_is_a_400_naming_the_field(string json, string parameter)
    {
        using var response = await PostAsync(new StringContent(json, Encoding.UTF8), ApiServer.Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("parameter").GetString().ShouldBe(parameter);
    }

    [Fact]
    public async Task Article_text_with_script_comes_back_as_json_text_under_a_strict_policy()
    {
        const string title = "<script>alert('t')</script><img src=x onerror=alert(1)>";
        const string text = "Students marched in Port Amsel on Monday. <a href=\"javascript:alert(2)\">More</a> <svg onload=alert(3)>";
        using var posted = await PostAsync(JsonContent.Create(new { title, text }), ApiServer.Token);
        posted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await posted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("ids")[0].GetString();

        using var response = await server.Client.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        var document = System.Text.Json.JsonDocument.Parse(raw).RootElement.GetProperty("article");
        document.GetProperty("title").GetString().ShouldBe(title, "stored as the text it is, shown as text by the dashboard");
    }

    /// <summary>
    /// Posts an oversized body with the token: "413", or "cut off" when the server closed the connection while the
    /// client was still sending a body of unknown length (it has answered 413 and will not read 17 MB to say so).
    /// </summary>
    private async Task<string> PostRefusedAsync(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiServer.Token);
        request.Headers.ExpectContinue = true;
        try
        {
            using var response = await server.Client.SendAsync(request);
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            return "cut off";
        }
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string token)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await server.Client.SendAsync(request);
    }

    /// <summary>
    /// <c>{"text":"aaa…"}</c> of a given length, sent chunked with no declared length: valid JSON all the way, so only
    /// the size limit can stop it.
    /// </summary>
    private sealed class LongJsonStream(long length) : Stream
    {
        private static readonly byte[] Head = Encoding.ASCII.GetBytes("{\"text\":\"");
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++, _position++)
            {
                buffer[offset + i] = _position < Head.Length ? Head[_position]
                    : _position == length - 2 ? (byte)'"'
                    : _position == length - 1 ? (byte)'}'
                    : (byte)'a';
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
