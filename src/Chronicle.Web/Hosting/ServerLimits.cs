using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Chronicle.Web.Hosting;

/// <summary>
/// Kestrel limits for a server that faces untrusted callers: bodies larger than an ingest batch get 413, a client
/// that sends its headers or body too slowly (slowloris) is cut off, and connections are capped.
/// </summary>
public static class ServerLimits
{
    /// <summary>The largest request body: a batch of articles as JSON.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024 * 1024;

    /// <summary>Applies the limits.</summary>
    public static void Apply(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddServerHeader = false;
        options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        options.Limits.MaxRequestLineSize = 8 * 1024;
        options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        options.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
        options.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 1024, gracePeriod: TimeSpan.FromSeconds(5));
        options.Limits.MaxConcurrentConnections = 1024;
    }
}
