<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A copy of the database is made soon after start and then daily, in {folder}; restoring one keeps a copy of the current database first.</source>
        <translation>Копия базы делается вскоре после запуска и затем ежедневно, в папке {folder}; перед восстановлением текущая база тоже сохраняется копией.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>КП</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>No copies yet: «Back up now» makes the first.</source>
        <translation>Копий пока нет: «Сделать копию сейчас» сделает первую.</translation>
    </message>
    <message>
        <source>How many automatic copies are kept (the oldest go)</source>
        <translation>Сколько автоматических копий хранить (самые старые удаляются)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Хранить последние</translation>
    </message>
    <message>
        <source>automatic copies</source>
        <translation>автоматических копий</translation>
    </message>
    <message>
        <source>Replace the current database with the copy made {made}? It holds {clients} clients, {people} people and {proposals} proposals. The current database is kept as a copy first, and KAM Desktop starts again on the restored one.</source>
        <translation>Заменить текущую базу копией от {made}? В ней клиентов: {clients}, людей: {people}, КП: {proposals}. Текущая база сначала сохраняется копией, затем KAM Desktop перезапустится с восстановленной базой.</translation>
    </message>
    <message>
        <source>A team database on a server is not copied here. Back it up with «kam-desktop --db URL backup --out FILE.kamdossier»: every client, the team, the library and the settings in one file, which «restore» brings into an SQLite file or an empty server database.</source>
        <translation>Командная база на сервере здесь не копируется. Сделайте её резервную копию командой «kam-desktop --db URL backup --out ФАЙЛ.kamdossier»: все клиенты, команда, библиотека и настройки в одном файле, который «restore» переносит в файл SQLite или в пустую базу на сервере.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Автоматическая копия не сделана: {error}</translation>
    </message>
</context>
</TS>
