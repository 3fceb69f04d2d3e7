using Leerwerk.Web.Achtergrond;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Mail;

/// <summary>
/// The background loop, every <see cref="MailSettings.PollInterval"/>: one pass of <see cref="AchtergrondWerk"/>
/// (outbox, reminders, clean-up), which does the work only while this instance holds the lease.
/// </summary>
public sealed class OutboxSender(AchtergrondWerk work, IOptions<MailSettings> options, TimeProvider clock, ILogger<OutboxSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A database that is briefly away must not end the loop: the next pass tries again.
                logger.LogError(ex, "Het achtergrondwerk (e-mail, herinneringen) mislukte; volgende poging over {Interval}.", options.Value.PollInterval);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await ReleaseAsync();
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await work.ReleaseAsync();
        }
        catch (Exception ex)
        {
            // The lease then simply expires.
            logger.LogWarning(ex, "De lease op het achtergrondwerk kon niet worden vrijgegeven; een andere instantie neemt over na afloop.");
        }
    }
}
