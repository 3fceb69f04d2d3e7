using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Leerwerk.IntegrationTests.Mail;

/// <summary>
/// A real SMTP server on a loopback port for the duration of a test (the SmtpServer package). It keeps every message
/// it accepts, or, when a refusal is given, answers every message with that permanent error.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store;

    public TestSmtpServer(string? refusal = null)
    {
        Port = FreePort();
        _store = new Store(refusal);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var provider = new ServiceProvider();
        provider.Add(_store);
        _running = new SmtpServer.SmtpServer(options, provider).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The messages accepted so far, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Accepted];

    /// <summary>How many messages the server was offered (accepted or refused).</summary>
    public int Offered => _store.Offered;

    /// <summary>Waits until <paramref name="condition"/> holds, at most <paramref name="seconds"/>; fails the test otherwise.</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what we asked for.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private sealed class Store(string? refusal) : MessageStore
    {
        private int _offered;

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public int Offered => Volatile.Read(ref _offered);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _offered);
            if (refusal is not null)
            {
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.MailboxUnavailable, refusal));
            }

            using var stream = new MemoryStream(buffer.ToArray());
            Accepted.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
