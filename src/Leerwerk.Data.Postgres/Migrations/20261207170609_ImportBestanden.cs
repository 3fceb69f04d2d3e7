using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ImportBestanden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportBestanden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Inhoud = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBestanden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportBestanden_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBestanden_CreatedAt",
                table: "ImportBestanden",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBestanden_SchoolId",
                table: "ImportBestanden",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportBestanden");
        }
    }
}
