using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

/// <summary>Key XML is longer than the default 400 characters for strings; PostgreSQL enforces the limit.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.Property(k => k.Xml).Metadata.SetMaxLength(null);
        builder.Property(k => k.FriendlyName).Metadata.SetMaxLength(null);
    }
}
