using System.Net;
using System.Net.Sockets;

namespace Chronicle.Ingest.Fetching;

/// <summary>
/// Which addresses a fetched URL may reach: not loopback, private, link-local (cloud metadata), carrier-grade NAT,
/// unique-local, multicast or unspecified ones, so that a URL in the input cannot probe the machine's own network.
/// </summary>
public static class AddressPolicy
{
    /// <summary>True when <paramref name="address"/> is internal to a machine or a private network.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] is 0 or 10 or 127 or >= 224                     // this network, private, loopback, multicast/reserved
                || (b[0] == 100 && b[1] is >= 64 and <= 127)            // carrier-grade NAT 100.64/10
                || (b[0] == 169 && b[1] == 254)                          // link-local, cloud metadata
                || (b[0] == 172 && b[1] is >= 16 and <= 31)              // private 172.16/12
                || (b[0] == 192 && b[1] == 168)                          // private 192.168/16
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)          // IETF protocol assignments, TEST-NET-1
                || (b[0] == 198 && b[1] is 18 or 19);                    // benchmarking 198.18/15
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            return IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                                 // unique-local fc00::/7
                || (b[0] == 0x20 && b[1] == 0x02)                        // 6to4 could embed any IPv4 address
                || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B); // NAT64 likewise
        }

        return true;
    }
}
