using System.Net;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>A host resolved only to addresses the crawler may not visit (loopback, private, link-local, metadata).</summary>
public sealed class AddressBlockedException(string host, IReadOnlyList<IPAddress> addresses)
    : Exception($"Host {host} resolves to blocked addresses: {string.Join(", ", addresses)}")
{
    public string Host { get; } = host;
}
