namespace HebeiCredit.Infrastructure.Storage;

/// <summary>The configured storage account cannot be reached; the message says where and what to do, in Chinese.</summary>
public sealed class StorageUnavailableException(Uri endpoint, Exception inner) : Exception(
    $"无法连接存储服务 {endpoint}（{inner.GetType().Name}：{FirstLine(inner.Message)}）。\n" +
    "本地运行时请先启动 Azurite：执行 ./hebeicredit demo 或 ./test.sh 会自动安装并启动；" +
    "也可手动运行 npx azurite --silent --location .azurite --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1。\n" +
    "使用其他存储时请检查 AzureWebJobsStorage 设置。",
    inner)
{
    public Uri Endpoint { get; } = endpoint;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
