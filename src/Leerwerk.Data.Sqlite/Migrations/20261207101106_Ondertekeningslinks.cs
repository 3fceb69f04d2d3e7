using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Ondertekeningslinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SignatoryEmail",
                table: "Scholen",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpAddress",
                table: "Ondertekeningen",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignedAt",
                table: "Ondertekeningen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextHash",
                table: "Ondertekeningen",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Leerlingen",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Ondertekeningslinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeerwerkovereenkomstId = table.Column<int>(type: "INTEGER", nullable: false),
                    Partij = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OndertekeningId = table.Column<int>(type: "INTEGER", nullable: true),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CodeExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CodeAttempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ondertekeningslinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ondertekeningslinks_Leerwerkovereenkomsten_LeerwerkovereenkomstId",
                        column: x => x.LeerwerkovereenkomstId,
                        principalTable: "Leerwerkovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Ondertekeningslinks_Ondertekeningen_OndertekeningId",
                        column: x => x.OndertekeningId,
                        principalTable: "Ondertekeningen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Ondertekeningslinks_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningslinks_LeerwerkovereenkomstId",
                table: "Ondertekeningslinks",
                column: "LeerwerkovereenkomstId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningslinks_OndertekeningId",
                table: "Ondertekeningslinks",
                column: "OndertekeningId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningslinks_SchoolId",
                table: "Ondertekeningslinks",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningslinks_TokenHash",
                table: "Ondertekeningslinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ondertekeningslinks");

            migrationBuilder.DropColumn(
                name: "SignatoryEmail",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "IpAddress",
                table: "Ondertekeningen");

            migrationBuilder.DropColumn(
                name: "SignedAt",
                table: "Ondertekeningen");

            migrationBuilder.DropColumn(
                name: "TextHash",
                table: "Ondertekeningen");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Leerlingen");
        }
    }
}
