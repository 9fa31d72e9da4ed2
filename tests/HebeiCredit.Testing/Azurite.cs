using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Testing;

/// <summary>
/// The Azurite that ./test.sh starts on 127.0.0.1:10000-10002. A test that needs it fails (never skips) when it is
/// not there, with the message StorageProbe gives a user.
/// </summary>
public static class Azurite
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    public static async Task<StorageClients> ConnectAsync()
    {
        var clients = StorageClients.FromConnectionString(ConnectionString);
        await StorageProbe.EnsureReachableAsync(clients, CancellationToken.None);
        return clients;
    }
}
