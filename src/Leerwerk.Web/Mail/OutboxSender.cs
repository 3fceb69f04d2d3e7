using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Mail;

/// <summary>The background loop that delivers the outbox, every <see cref="MailSettings.PollInterval"/>.</summary>
public sealed class OutboxSender(OutboxDelivery delivery, IOptions<MailSettings> options, TimeProvider clock, ILogger<OutboxSender> logger)
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
                await delivery.SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database that is briefly away must not end the sender: the next pass tries again.
                logger.LogError(ex, "De verzending van e-mail uit de wachtrij mislukte; volgende poging over {Interval}.", options.Value.PollInterval);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
