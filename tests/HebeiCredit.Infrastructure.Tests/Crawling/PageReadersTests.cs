using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class PageReadersTests
{
    [Fact]
    public async Task ReadAsync_AnyRead_RunsOnAReaderThreadNotThePool()
    {
        using var readers = new PageReaders(1);

        var (name, pooled) = await readers.ReadAsync(() => (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread));

        Assert.Equal("Page reader 1", name);
        Assert.False(pooled);
    }

    [Fact]
    public async Task ReadAsync_AnyRead_CallerResumesOffTheReaderThread()
    {
        using var readers = new PageReaders(1);

        await readers.ReadAsync(() => 0);

        Assert.NotEqual("Page reader 1", Thread.CurrentThread.Name);
    }

    [Fact]
    public async Task ReadAsync_ReadThrows_TheCallerGetsTheExceptionAndTheReaderGoesOn()
    {
        using var readers = new PageReaders(1);

        var failure = await Assert.ThrowsAsync<InvalidDataException>(() => readers.ReadAsync<int>(() => throw new InvalidDataException("坏页面")));

        Assert.Equal("坏页面", failure.Message);
        Assert.Equal(2, await readers.ReadAsync(() => 2));
    }

    [Fact]
    public void ReadAsync_AfterDispose_Refused()
    {
        var readers = new PageReaders(1);
        readers.Dispose();

        Assert.Throws<InvalidOperationException>(() => { _ = readers.ReadAsync(() => 1); });
    }
}
