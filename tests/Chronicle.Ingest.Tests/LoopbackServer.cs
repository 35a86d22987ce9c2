using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Ingest.Tests;

/// <summary>
/// A minimal HTTP/1.1 server on this machine for fetcher tests: each request is answered by a handler that
/// writes a whole raw response, and the connections it accepts are counted (the SSRF tests play an "internal
/// service" with it: a count of zero means nothing got through). Linked into the reliability tests too; it stops
/// when disposed.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, CancellationToken, Task<byte[]>> _respond;
    private readonly Task _loop;
    private int _accepted;

    /// <summary>A server on 127.0.0.1.</summary>
    public LoopbackServer(Func<string, CancellationToken, Task<byte[]>> respond)
        : this(IPAddress.Loopback, respond)
    {
    }

    /// <summary>A server on <paramref name="address"/>; <see cref="IPAddress.IPv6Any"/> listens on IPv4 too.</summary>
    public LoopbackServer(IPAddress address, Func<string, CancellationToken, Task<byte[]>> respond)
    {
        _listener = new TcpListener(address, 0);
        if (address.Equals(IPAddress.IPv6Any))
        {
            _listener.Server.DualMode = true;
        }

        _respond = respond;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections it has accepted.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>A handler that answers every request with <paramref name="response"/>.</summary>
    public static Func<string, CancellationToken, Task<byte[]>> Always(byte[] response) => (_, _) => Task.FromResult(response);

    public static byte[] Response(int status, string contentType, string body, string? location = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} Status\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n"
            + (location is null ? string.Empty : $"Location: {location}\r\n") + "Connection: close\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. bytes];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop with one of these.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _accepted);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                var request = new StringBuilder();
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                var path = request.ToString().Split(' ')[1];
                var response = await _respond(path, _stop.Token);
                await stream.WriteAsync(response, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // The client went away (a timeout or a size cap test): nothing to answer.
            }
        }
    }
}
