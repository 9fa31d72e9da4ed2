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
    /// <summary>
    /// The one host (the registry entry's portal) that may resolve to a private address. A redirect from it to any
    /// other host is checked as usual, so an allowed simulated site still cannot lead the crawler to 169.254.169.254.
    /// </summary>
    public static readonly HttpRequestOptionsKey<string> PrivateHostAllowed = new("HebeiCredit.PrivateHostAllowed");

    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowPrivate = context.InitialRequestMessage.Options.TryGetValue(PrivateHostAllowed, out var allowedHost)
                           && string.Equals(allowedHost, host, StringComparison.OrdinalIgnoreCase);
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

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                     || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
                     || address.Equals(IPAddress.IPv6None));
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
            >= 224 => false, // multicast and reserved
            _ => true,
        };
    }
}
