<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database (PostgreSQL)</source>
        <translation>Командная база данных (PostgreSQL)</translation>
    </message>
    <message>
        <source>Several KAMs can work on one shared database on a PostgreSQL server. The password is kept in the system keyring, never in a settings file.</source>
        <translation>Несколько KAM могут работать с одной общей базой на сервере PostgreSQL. Пароль хранится в системном хранилище паролей и никогда — в файле настроек.</translation>
    </message>
    <message>
        <source>&amp;Server (host):</source>
        <translation>&amp;Сервер (хост):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Пол&amp;ьзователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Use the password for this session only (not stored)</source>
        <translation>Использовать пароль только в этом сеансе (не сохранять)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Работать с &amp;локальной базой</translation>
    </message>
    <message>
        <source>Save and &amp;connect</source>
        <translation>Сохранить и по&amp;дключиться</translation>
    </message>
    <message>
        <source>Tick «for this session only» below to use the password until KAM Desktop is closed, or leave it empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Отметьте ниже «только в этом сеансе», чтобы пароль действовал до закрытия KAM Desktop, или оставьте его пустым — тогда используются PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring.</source>
        <translation>Пароль хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Now in use: the local database.</source>
        <translation>Сейчас используется: локальная база.</translation>
    </message>
    <message>
        <source>Now in use: {where}</source>
        <translation>Сейчас используется: {where}</translation>
    </message>
    <message>
        <source>stored; leave empty to keep it</source>
        <translation>сохранён; оставьте пустым, чтобы не менять</translation>
    </message>
    <message>
        <source>Connecting to {where}…</source>
        <translation>Подключение к {where}…</translation>
    </message>
    <message>
        <source>There is no keyring to store it in: tick «for this session only», or leave the password empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Сохранить пароль негде: отметьте «только в этом сеансе» или оставьте пароль пустым, чтобы использовать PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Командная база данных</translation>
    </message>
    <message>
        <source>Saved. Switch to the team database now? KAM Desktop starts again on it (otherwise at the next start).</source>
        <translation>Сохранено. Перейти на командную базу сейчас? KAM Desktop перезапустится с ней (иначе — при следующем запуске).</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Работать с локальной базой</translation>
    </message>
    <message>
        <source>Go back to the local database on this computer? The team database&apos;s settings and its stored password are forgotten here (the server keeps its data), and KAM Desktop starts again on the local database.</source>
        <translation>Вернуться к локальной базе на этом компьютере? Настройки командной базы и её сохранённый пароль будут забыты на этом компьютере (данные на сервере останутся), и KAM Desktop перезапустится с локальной базой.</translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL)…</source>
        <translation>Ко&amp;мандная база данных (PostgreSQL)…</translation>
    </message>
    <message>
        <source>Work on a shared database on a PostgreSQL server, or locally</source>
        <translation>Работать с общей базой на сервере PostgreSQL или локально</translation>
    </message>
    <message>
        <source>The team database cannot be opened.

{error}

Open the local database on this computer instead? The team database stays chosen and is tried again at the next start (File → Team database changes that).</source>
        <translation>Командную базу данных открыть не удалось.

{error}

Открыть вместо неё локальную базу на этом компьютере? Командная база останется выбранной, и при следующем запуске KAM Desktop попробует подключиться снова (изменить это можно в «Файл → Командная база данных»).</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>Открыть &amp;локальную базу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
</TS>
