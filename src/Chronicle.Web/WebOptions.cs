namespace Chronicle.Web;

/// <summary>How <c>chronicle serve</c> runs.</summary>
/// <param name="Database">The database to read (and to write articles posted to the API into): a SQLite file, or PostgreSQL as a <c>postgres://</c> URL or a connection string.</param>
/// <param name="Token">The operator's token: needed to post articles; none means posting is refused.</param>
/// <param name="ProtectReads">Reading the API needs the token too.</param>
public sealed record WebOptions(string Database, string? Token = null, bool ProtectReads = false)
{
    /// <summary>The pipeline that analyses posted articles, made on first use (loading models takes a second).</summary>
    public Func<Pipeline>? PipelineFactory { get; init; }

    /// <summary>The server's limits on requests and connections.</summary>
    public Hosting.ServerLimits Limits { get; init; } = Hosting.ServerLimits.Default;
}
