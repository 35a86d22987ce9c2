using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// A TCP listener that counts the connections it accepts and answers each with a fixed HTTP response: the
/// "internal service" a forged request would reach. A count of zero means nothing got through.
/// </summary>
internal sealed class CountingListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Func<string> _response;
    private int _accepted;

    public CountingListener(IPAddress address, Func<string>? response = null)
    {
        _listener = new TcpListener(address, 0);
        if (address.Equals(IPAddress.IPv6Any))
        {
            _listener.Server.DualMode = true;
        }

        _response = response ?? (() => "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 36\r\nConnection: close\r\n\r\nsecret internal data, never to leak.");
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Accepted => Volatile.Read(ref _accepted);

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
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _accepted);
            var stream = client.GetStream();
            var buffer = new byte[8192];
            _ = await stream.ReadAsync(buffer, _stop.Token);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(_response()), _stop.Token);
        }
    }
}
