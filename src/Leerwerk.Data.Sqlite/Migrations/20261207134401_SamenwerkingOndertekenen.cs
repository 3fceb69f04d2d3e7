using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SamenwerkingOndertekenen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AangebodenAt",
                table: "Samenwerkingsovereenkomsten",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ondertekenstatus",
                table: "Samenwerkingsovereenkomsten",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Vastgelegd");

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningslinks",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningen",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatoryEmail",
                table: "MboInstellingen",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatoryName",
                table: "MboInstellingen",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningslinks_SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks",
                column: "SamenwerkingsovereenkomstId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Ondertekeningslinks_EenOvereenkomst",
                table: "Ondertekeningslinks",
                sql: "(\"LeerwerkovereenkomstId\" IS NULL) <> (\"SamenwerkingsovereenkomstId\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningen_SamenwerkingsovereenkomstId",
                table: "Ondertekeningen",
                column: "SamenwerkingsovereenkomstId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Ondertekeningen_EenOvereenkomst",
                table: "Ondertekeningen",
                sql: "(\"LeerwerkovereenkomstId\" IS NULL) <> (\"SamenwerkingsovereenkomstId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_Ondertekeningen_Samenwerkingsovereenkomsten_SamenwerkingsovereenkomstId",
                table: "Ondertekeningen",
                column: "SamenwerkingsovereenkomstId",
                principalTable: "Samenwerkingsovereenkomsten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Ondertekeningslinks_Samenwerkingsovereenkomsten_SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks",
                column: "SamenwerkingsovereenkomstId",
                principalTable: "Samenwerkingsovereenkomsten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Ondertekeningen_Samenwerkingsovereenkomsten_SamenwerkingsovereenkomstId",
                table: "Ondertekeningen");

            migrationBuilder.DropForeignKey(
                name: "FK_Ondertekeningslinks_Samenwerkingsovereenkomsten_SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks");

            migrationBuilder.DropIndex(
                name: "IX_Ondertekeningslinks_SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Ondertekeningslinks_EenOvereenkomst",
                table: "Ondertekeningslinks");

            migrationBuilder.DropIndex(
                name: "IX_Ondertekeningen_SamenwerkingsovereenkomstId",
                table: "Ondertekeningen");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Ondertekeningen_EenOvereenkomst",
                table: "Ondertekeningen");

            migrationBuilder.DropColumn(
                name: "AangebodenAt",
                table: "Samenwerkingsovereenkomsten");

            migrationBuilder.DropColumn(
                name: "Ondertekenstatus",
                table: "Samenwerkingsovereenkomsten");

            migrationBuilder.DropColumn(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningslinks");

            migrationBuilder.DropColumn(
                name: "SamenwerkingsovereenkomstId",
                table: "Ondertekeningen");

            migrationBuilder.DropColumn(
                name: "SignatoryEmail",
                table: "MboInstellingen");

            migrationBuilder.DropColumn(
                name: "SignatoryName",
                table: "MboInstellingen");

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningslinks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LeerwerkovereenkomstId",
                table: "Ondertekeningen",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
