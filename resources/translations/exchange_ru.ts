<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_tasks.py" line="49" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_tasks.py" line="73" />
        <source>{label}
{done} of {total}</source>
        <translation>{label}
{done} из {total}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_tasks.py" line="77" />
        <source>Stopping… nothing will be left half-done.</source>
        <translation>Останавливаю… ничего не останется сделанным наполовину.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_tasks.py" line="78" />
        <source>Stopping…</source>
        <translation>Останавливаю…</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="19" />
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="30" />
        <source>Nothing to put in a calendar yet: no birthdays, proposal validity dates or next steps with a date.</source>
        <translation>Пока нечего выгружать в календарь: нет дней рождения, сроков действия КП и следующих шагов с датой.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="38" />
        <source>KAM calendar</source>
        <translation>Календарь КАМ</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="41" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="54" />
        <source>Saved {events} events and {todos} tasks to {path}. Import the file into Outlook, Google Calendar or Thunderbird.</source>
        <translation>Сохранено событий: {events}, задач: {todos} — в {path}. Импортируйте файл в Outlook, Google Календарь или Thunderbird.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="502" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="503" />
        <source>DMU member</source>
        <translation>Участник ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="504" />
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="505" />
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="506" />
        <source>Our company</source>
        <translation>Наша компания</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="507" />
        <source>DMU role</source>
        <translation>Роль в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="508" />
        <source>Proposal</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="514" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="515" />
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="516" />
        <source>legal name</source>
        <translation>юридическое название</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="517" />
        <source>tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="518" />
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="519" />
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="520" />
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="521" />
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="522" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="523" />
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="524" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="525" />
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="526" />
        <source>share of our sales</source>
        <translation>доля в наших продажах</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="527" />
        <source>strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="528" />
        <source>weak points</source>
        <translation>слабые места</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="529" />
        <source>growth areas</source>
        <translation>точки роста</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="530" />
        <source>buying process</source>
        <translation>процесс закупки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="531" />
        <source>competitors</source>
        <translation>конкуренты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="532" />
        <source>reliability check</source>
        <translation>проверка надёжности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="533" />
        <source>tenders</source>
        <translation>тендеры</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="534" />
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="535" />
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="536" />
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="537" />
        <source>influence</source>
        <translation>влияние</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="538" />
        <source>attitude</source>
        <translation>отношение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="539" />
        <source>decision style</source>
        <translation>стиль решений</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="540" />
        <source>reports to</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="541" />
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="542" />
        <source>preferred channel</source>
        <translation>удобный канал</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="543" />
        <source>preferred time</source>
        <translation>удобное время</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="544" />
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="545" />
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="546" />
        <source>hobbies</source>
        <translation>увлечения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="547" />
        <source>values</source>
        <translation>ценности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="548" />
        <source>likes</source>
        <translation>любит</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="549" />
        <source>dislikes</source>
        <translation>не любит</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="550" />
        <source>topics to avoid</source>
        <translation>темы, которых избегать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="551" />
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="552" />
        <source>last contact</source>
        <translation>последний контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="553" />
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="554" />
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="555" />
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="556" />
        <source>summary</source>
        <translation>содержание</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="557" />
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="558" />
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="559" />
        <source>next step date</source>
        <translation>дата следующего шага</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="560" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="561" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="562" />
        <source>requisites</source>
        <translation>реквизиты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="563" />
        <source>logo</source>
        <translation>логотип</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="574" />
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="575" />
        <source>Newer in the file</source>
        <translation>В файле новее</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="576" />
        <source>Changed on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="577" />
        <source>Older than yours</source>
        <translation>Старее вашей</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="583" />
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="584" />
        <source>Take theirs</source>
        <translation>Взять из файла</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="585" />
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="792" />
        <source>{n} new</source>
        <translation>новых: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="793" />
        <source>{n} updated</source>
        <translation>обновлённых: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="794" />
        <source>{n} in conflict</source>
        <translation>конфликтов: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="795" />
        <source>{n} older</source>
        <translation>устаревших: {n}</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="973" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="986" />
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="974" />
        <source>There are no clients to export yet.</source>
        <translation>Пока нет клиентов для экспорта.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="987" />
        <source>Writing {file}…</source>
        <translation>Записываю {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="996" />
        <source>{summary} Saved to {path}.</source>
        <translation>{summary} Сохранено в {path}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1013" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1031" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1045" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1053" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1070" />
        <source>Import dossier</source>
        <translation>Импорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1015" />
        <source>KAM dossier (*.kamdossier);;All files (*)</source>
        <translation>Досье КАМ (*.kamdossier);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1033" />
        <source>Nothing to import: your database already has everything in «{file}».</source>
        <translation>Импортировать нечего: в вашей базе уже есть всё, что содержит «{file}».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1041" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1046" />
        <source>Importing {file}…</source>
        <translation>Импортирую {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="1071" />
        <source>Checking {file}…</source>
        <translation>Проверяю {file}…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="231" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="434" />
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="481" />
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="247" />
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="259" />
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="260" />
        <source>no client is open</source>
        <translation>клиент не открыт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="261" />
        <source>This client: «{name}»</source>
        <translation>Этот клиент: «{name}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="263" />
        <source>Chosen clients:</source>
        <translation>Выбранные клиенты:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="265" />
        <source>All clients ({count})</source>
        <translation>Все клиенты ({count})</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="272" />
        <source>Filter by name</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="304" />
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="305" />
        <source>Protect the file with a password (AES-256)</source>
        <translation>Защитить файл паролем (AES-256)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="323" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="325" />
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="334" />
        <source>Save to</source>
        <translation>Куда сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="337" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="374" />
        <source>Chosen: {count}</source>
        <translation>Выбрано: {count}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="393" />
        <source>all clients {date}</source>
        <translation>все клиенты {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="395" />
        <source>dossiers {date}</source>
        <translation>досье {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="410" />
        <source>Weak password: use at least 12 characters, mixing letters and digits.</source>
        <translation>Слабый пароль: используйте не меньше 12 символов, буквы вместе с цифрами.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="411" />
        <source>Fair password.</source>
        <translation>Средний пароль.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="412" />
        <source>Strong password.</source>
        <translation>Надёжный пароль.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="419" />
        <source>Send the password separately from the file, e.g. by phone. It is not stored anywhere: a lost password cannot be recovered.</source>
        <translation>Передайте пароль отдельно от файла, например по телефону. Он нигде не хранится: забытый пароль восстановить нельзя.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="424" />
        <source>Without a password anyone who gets the file can read it. Dossiers are a commercial secret and hold personal data of the client's employees.</source>
        <translation>Без пароля файл прочтёт любой, к кому он попадёт. Досье — коммерческая тайна и содержит персональные данные сотрудников клиента.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="436" />
        <source>KAM dossier (*.kamdossier)</source>
        <translation>Досье КАМ (*.kamdossier)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="447" />
        <source>Choose at least one client.</source>
        <translation>Выберите хотя бы одного клиента.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="451" />
        <source>The password needs at least {n} characters.</source>
        <translation>Пароль должен быть не короче {n} символов.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="455" />
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="458" />
        <source>Choose where to save the file.</source>
        <translation>Укажите, куда сохранить файл.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="462" />
        <source>Folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="482" />
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже есть. Заменить его?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="668" />
        <source>Import dossier — preview</source>
        <translation>Импорт досье — предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="671" />
        <source>What «{file}» will change</source>
        <translation>Что изменит «{file}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="686" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="686" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="686" />
        <source>Differs in</source>
        <translation>Отличается</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="686" />
        <source>Your choice</source>
        <translation>Ваше решение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="717" />
        <source>Apply to all conflicts</source>
        <translation>Применить ко всем конфликтам</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="721" />
        <source>For every conflict:</source>
        <translation>Для всех конфликтов:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="731" />
        <source>Keep mine: your record stays as it is. Take theirs: the record from the file replaces yours. Keep both: the record from the file is added as a copy. Nothing changes until you press Import, and the import is all or nothing.</source>
        <translation>«Оставить моё» — ваша запись не меняется. «Взять из файла» — запись из файла заменяет вашу. «Оставить оба» — запись из файла добавляется копией. До нажатия «Импортировать» ничего не меняется, а импорт выполняется целиком или не выполняется вовсе.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="743" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="765" />
        <source>Exported by {who} on {when} (KAM Desktop {version}).</source>
        <translation>Экспортировал {who}, {when} (KAM Desktop {version}).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="766" />
        <source>unknown</source>
        <translation>неизвестно кто</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="774" />
        <source>to add</source>
        <translation>добавится</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="775" />
        <source>to update</source>
        <translation>обновится</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="776" />
        <source>in conflict</source>
        <translation>в конфликте</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="777" />
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="778" />
        <source>older than yours (kept)</source>
        <translation>старее ваших (останутся ваши)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="817" />
        <source>Our company, team and roles</source>
        <translation>Наша компания, команда и роли</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="871" />
        <source>Yours last changed {mine}; the file's {theirs}.</source>
        <translation>Ваша изменена {mine}, в файле — {theirs}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="877" />
        <source>Differs in: {fields}.</source>
        <translation>Отличается: {fields}.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="174" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="175" />
        <source>«{file}» is protected with a password.</source>
        <translation>Файл «{file}» защищён паролем.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="180" />
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_dialogs.py" line="193" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="41" />
        <source>Same e-mail</source>
        <translation>Тот же e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="42" />
        <source>Same phone</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="43" />
        <source>Same name</source>
        <translation>То же ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="188" />
        <source>Export vCard</source>
        <translation>Экспорт vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="195" />
        <source>decision group</source>
        <translation>ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="198" />
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="211" />
        <source>Saved {count} contacts of «{client}» to {path}.</source>
        <translation>Сохранено контактов «{client}»: {count} — в {path}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="223" />
        <source>Import vCard</source>
        <translation>Импорт vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="230" />
        <source>vCard ({patterns});;All files (*)</source>
        <translation>vCard ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="246" />
        <source>No contacts were added.</source>
        <translation>Контакты не добавлены.</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="56" />
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="58" />
        <source>Contacts for the decision group of «{client}»</source>
        <translation>Контакты для ГПР «{client}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="68" />
        <source>{total} contacts in the file: {new} new, {dup} already in the group.</source>
        <translation>Контактов в файле: {total}; новых: {new}, уже есть в ГПР: {dup}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="75" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="76" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="77" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="78" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="79" />
        <source>Match in the group</source>
        <translation>Совпадение в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="106" />
        <source>Duplicates are not ticked: the person is already in the decision group. Tick a card to add it anyway.</source>
        <translation>Дубликаты не отмечены: этот человек уже есть в ГПР. Отметьте карточку, чтобы всё равно добавить её.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="117" />
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="149" />
        <source>{reason}: {name}</source>
        <translation>{reason}: {name}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="155" />
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="179" />
        <source>Add to the group: {n}</source>
        <translation>Добавить в ГПР: {n}</translation>
    </message>
</context>
</TS>