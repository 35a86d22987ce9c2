using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Chronicle.Web.Hosting;

/// <summary>
/// Kestrel limits for a server that faces untrusted callers: bodies larger than an ingest batch get 413, a client
/// that sends its headers or body too slowly (slowloris) is cut off, and connections are capped. Each is an option
/// of <c>chronicle serve</c>; the defaults are safe for a server on the open network.
/// </summary>
public sealed record ServerLimits
{
    /// <summary>The defaults: 16 MB bodies, 32 KB of headers within 10 s, bodies at 1 KB/s after 5 s, 1,024 connections.</summary>
    public static ServerLimits Default { get; } = new();

    /// <summary>The largest request body (<c>--max-body-bytes</c>): a batch of articles as JSON; larger is 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most header bytes one request may send; more is 431.</summary>
    public int MaxRequestHeadersBytes { get; init; } = 32 * 1024;

    /// <summary>The longest request line (method, path and query); longer is 414.</summary>
    public int MaxRequestLineBytes { get; init; } = 8 * 1024;

    /// <summary>How long a client may take to send its headers (<c>--headers-timeout</c>) before it is cut off.</summary>
    public TimeSpan RequestHeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an idle keep-alive connection stays open.</summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The slowest a body may arrive (<c>--min-body-rate</c>, bytes a second) once its grace period is over.</summary>
    public double MinRequestBodyBytesPerSecond { get; init; } = 1024;

    /// <summary>How long a body may arrive slower than the minimum rate at first.</summary>
    public TimeSpan MinRequestBodyGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The most connections open at once (<c>--max-connections</c>); more wait in the accept queue.</summary>
    public long MaxConcurrentConnections { get; init; } = 1024;

    /// <summary>Applies the limits.</summary>
    public void Apply(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddServerHeader = false;
        options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        options.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        options.Limits.RequestHeadersTimeout = RequestHeadersTimeout;
        options.Limits.KeepAliveTimeout = KeepAliveTimeout;
        options.Limits.MinRequestBodyDataRate = new MinDataRate(MinRequestBodyBytesPerSecond, MinRequestBodyGracePeriod);
        options.Limits.MaxConcurrentConnections = MaxConcurrentConnections;
    }
}
