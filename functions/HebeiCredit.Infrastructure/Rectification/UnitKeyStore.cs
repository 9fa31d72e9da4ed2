using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>
/// Table UnitKeys: each unit's API keys, partitioned by unit and keyed by key id. A key reads
/// <c>{unit}.{keyId}.{secret}</c>; only SHA-256(salt + secret) is stored, with a salt of its own. The secret is
/// 32 random bytes, so a fast hash is enough: there is nothing to guess by brute force that a slow hash would protect.
/// </summary>
public sealed class UnitKeyStore
{
    private const int SecretBytes = 32;
    private const int SaltBytes = 16;

    private readonly TableClient table;
    private readonly CreateOnce create;
    private readonly TimeProvider clock;

    public UnitKeyStore(StorageClients clients, TimeProvider clock)
    {
        table = clients.Tables.GetTableClient(StorageNames.UnitKeysTable);
        create = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
        this.clock = clock;
    }

    /// <summary>Issues a new key for the unit. The returned key is shown once: it cannot be read back.</summary>
    public async Task<IssuedUnitKey> IssueAsync(string unit, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var issuedAt = clock.GetUtcNow();
        await table.AddEntityAsync(new TableEntity(unit, keyId)
        {
            ["Salt"] = Convert.ToBase64String(salt),
            ["Hash"] = Convert.ToBase64String(Hash(salt, secret)),
            ["IssuedAt"] = issuedAt,
        }, cancellationToken);
        return new IssuedUnitKey(unit, keyId, $"{unit}.{keyId}.{secret}", issuedAt);
    }

    /// <summary>Revokes one key of the unit, or all its keys when <paramref name="keyId"/> is null; returns how many were active.</summary>
    public async Task<int> RevokeAsync(string unit, string? keyId, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var revoked = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit}"), cancellationToken: cancellationToken))
        {
            if ((keyId is null || row.RowKey == keyId) && !row.ContainsKey("RevokedAt"))
            {
                row["RevokedAt"] = clock.GetUtcNow();
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge, cancellationToken);
                revoked++;
            }
        }

        return revoked;
    }

    /// <summary>The unit and key id a presented key belongs to, or null when it is malformed, unknown, wrong or revoked.</summary>
    public async Task<UnitKeyIdentity?> VerifyAsync(string? presented, CancellationToken cancellationToken)
    {
        var parts = presented?.Trim().Split('.');
        if (parts is not [var unit, var keyId, var secret] || !IsKeyPart(unit) || !IsKeyPart(keyId) || secret.Length == 0)
        {
            return null;
        }

        await create.EnsureAsync(cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(unit, keyId, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is not { } row || row.ContainsKey("RevokedAt"))
        {
            return null;
        }

        var expected = Convert.FromBase64String(row.GetString("Hash"));
        return CryptographicOperations.FixedTimeEquals(expected, Hash(Convert.FromBase64String(row.GetString("Salt")), secret))
            ? new UnitKeyIdentity(unit, keyId)
            : null;
    }

    // Table keys forbid some characters; a presented key that carries them is simply not one of ours.
    private static bool IsKeyPart(string part) => part.Length is > 0 and <= 32 && part.All(char.IsAsciiLetterOrDigit);

    private static byte[] Hash(byte[] salt, string secret) => SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(secret)]);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
