using Leerwerk.Data.Mail;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.TextBody).HasMaxLength(20000);
        builder.Property(m => m.HtmlBody).HasMaxLength(40000);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Cascade);
        // The sender's query: what is due, oldest first.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.SchoolId, m.CreatedAt });
    }
}
