using System.Net;
using System.Net.Sockets;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// The crawler's connect step: it resolves names itself and refuses addresses inside the auditor's own network
/// (loopback, private ranges, link-local and cloud metadata), for the first request and after every redirect,
/// unless the registry entry allows private addresses (the simulated province).
/// </summary>
internal static class AddressGuard
{
    public static readonly HttpRequestOptionsKey<bool> AllowPrivateNetwork = new("HebeiCredit.AllowPrivateNetwork");

    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowPrivate = context.InitialRequestMessage.Options.TryGetValue(AllowPrivateNetwork, out var allow) && allow;
        var resolved = await ResolveAsync(host, cancellationToken);
        var allowed = allowPrivate ? resolved : resolved.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new AddressBlockedException(host, resolved);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>RFC 6761: names under .localhost are loopback, without asking DNS (the simulated province uses them).</summary>
    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return [IPAddress.Loopback];
        }

        return await Dns.GetHostAddressesAsync(host, cancellationToken);
    }

    /// <summary>
    /// Whether an address is on the public internet. Refused: IPv4 0/8, 10/8, 100.64/10, 127/8, 169.254/16 (with the
    /// 169.254.169.254 metadata service), 172.16/12, 192.0.0/24, 192.0.2/24, 192.168/16, 198.18/15, 198.51.100/24,
    /// 203.0.113/24, 224/4 and above; IPv6 ::, ::1, IPv4-compatible ::/96, 100::/64, fc00::/7, fe80::/10, fec0::/10,
    /// ff00::/8, 2001:db8::/32; and IPv4 addresses carried inside IPv6 (::ffff:0:0/96, NAT64 64:ff9b::/96 and
    /// 64:ff9b:1::/48, 6to4 2002::/16) by the IPv4 address they carry.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if (b is [0x00, 0x64, 0xff, 0x9b, ..])
            {
                return IsPublic(new IPAddress(b.AsSpan(12, 4)));
            }

            if (b is [0x20, 0x02, ..])
            {
                return IsPublic(new IPAddress(b.AsSpan(2, 4)));
            }

            return !(b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 // ::, ::1 and IPv4-compatible ::a.b.c.d
                     || IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                     || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
                     || b is [0x01, 0x00, 0, 0, 0, 0, 0, 0, ..] // 100::/64 discard
                     || b is [0x20, 0x01, 0x0d, 0xb8, ..]); // documentation
        }

        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => false,
            100 when v4[1] is >= 64 and <= 127 => false, // carrier-grade NAT
            169 when v4[1] == 254 => false, // link-local, incl. 169.254.169.254 metadata
            172 when v4[1] is >= 16 and <= 31 => false,
            192 when v4[1] == 168 => false,
            192 when v4[1] == 0 && v4[2] is 0 or 2 => false,
            198 when v4[1] is 18 or 19 => false,
            198 when v4[1] == 51 && v4[2] == 100 => false,
            203 when v4[1] == 0 && v4[2] == 113 => false,
            >= 224 => false, // multicast and reserved
            _ => true,
        };
    }
}
