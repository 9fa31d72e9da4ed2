namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>Who a verified key speaks for.</summary>
public sealed record UnitKeyIdentity(string Unit, string KeyId);
