using System.Net;
using System.Net.Sockets;

namespace Chronicle.Ingest.Fetching;

/// <summary>
/// Connects to a host only through an address it has checked itself: DNS is resolved here and the socket is
/// opened to that very address, so a host that answers DNS differently a second time cannot slip past the check.
/// </summary>
internal static class CheckedConnector
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(bool allowInternal) =>
        Create(allowInternal ? _ => false : AddressPolicy.IsInternal);

    /// <summary>A connector that refuses the addresses <paramref name="isInternal"/> names (tests pass their own).</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(Func<IPAddress, bool> isInternal) =>
        async (context, cancellation) =>
        {
            var host = context.DnsEndPoint.Host.Trim('[', ']');
            var addresses = IPAddress.TryParse(host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellation).ConfigureAwait(false);
            var allowed = addresses.Where(a => !isInternal(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new RefusedAddressException(addresses.Length == 0
                    ? $"{host} has no address"
                    : $"{host} is an internal address ({addresses[0]}); such URLs are refused");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellation).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
