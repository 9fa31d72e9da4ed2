namespace HebeiCredit.Infrastructure.Rectification;

/// <param name="Key">The whole key as the unit presents it in the X-Unit-Key header; never stored.</param>
public sealed record IssuedUnitKey(string Unit, string KeyId, string Key, DateTimeOffset IssuedAt);
