<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="41"/>
        <source>Collecting the dates…</source>
        <translation>Собираю даты…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="25"/>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="68"/>
        <source>Nothing to put in a calendar yet: no birthdays, proposal validity dates or next steps with a date.</source>
        <translation>Пока нечего выгружать в календарь: нет дней рождения, сроков действия КП и следующих шагов с датой.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="49"/>
        <source>KAM calendar</source>
        <translation>Календарь КАМ</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="76"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="81"/>
        <source>Saved {events} events and {todos} tasks to {path}. Import the file into Outlook, Google Calendar or Thunderbird.</source>
        <translation>Сохранено событий: {events}, задач: {todos} — в {path}. Импортируйте файл в Outlook, Google Календарь или Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="51"/>
        <source>Calendar — {client}</source>
        <translation>Календарь — {client}</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="46"/>
        <source>Erase this person&apos;s data</source>
        <translation>Стереть персональные данные человека</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="49"/>
        <source>Erase everything held about «%1»?</source>
        <translation>Стереть всё, что хранится о «%1»?</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="55"/>
        <source>This is erased or changed:</source>
        <translation>Будет стёрто или изменено:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="65"/>
        <source>Mentions of them in texts are replaced by a neutral marker. Sent proposals keep only what the document printed (name, position, form of address), so the document stays what the client received.</source>
        <translation>Упоминания в текстах заменяются нейтральной пометкой. В отправленных КП остаётся только напечатанное в документе (ФИО, должность, обращение), чтобы документ остался таким, каким его получил клиент.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="74"/>
        <source>Backups made before now still hold the person until they rotate out (the newest %1 are kept); backups made from now on do not.</source>
        <translation>Резервные копии, сделанные раньше, хранят этого человека, пока не будут вытеснены новыми (хранятся %1 последних); копии, сделанные с этого момента, его не содержат.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="79"/>
        <source>This cannot be undone, not even with Ctrl+Z.</source>
        <translation>Это необратимо — отменить нельзя, даже через Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="81"/>
        <source>I understand that the erasure cannot be undone</source>
        <translation>Я понимаю, что стирание необратимо</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="85"/>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="76"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="77"/>
        <source>DMU member</source>
        <translation>Участник ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="78"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="79"/>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="80"/>
        <source>Our company</source>
        <translation>Наша компания</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="81"/>
        <source>DMU role</source>
        <translation>Роль в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="82"/>
        <source>Proposal</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="83"/>
        <source>Catalogue item</source>
        <translation>Позиция каталога</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="84"/>
        <source>Similar project</source>
        <translation>Аналогичный проект</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="85"/>
        <source>Argument block</source>
        <translation>Блок аргументов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="91"/>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="92"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="93"/>
        <source>legal name</source>
        <translation>юридическое название</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="94"/>
        <source>tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="95"/>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="96"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="97"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="98"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="99"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="100"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="101"/>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="102"/>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="103"/>
        <source>share of our sales</source>
        <translation>доля в наших продажах</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="104"/>
        <source>strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="105"/>
        <source>weak points</source>
        <translation>слабые места</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="106"/>
        <source>growth areas</source>
        <translation>точки роста</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="107"/>
        <source>buying process</source>
        <translation>процесс закупки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="108"/>
        <source>competitors</source>
        <translation>конкуренты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="109"/>
        <source>reliability check</source>
        <translation>проверка надёжности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="110"/>
        <source>tenders</source>
        <translation>тендеры</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="111"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="112"/>
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="113"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="114"/>
        <source>influence</source>
        <translation>влияние</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="115"/>
        <source>attitude</source>
        <translation>отношение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="116"/>
        <source>decision style</source>
        <translation>стиль решений</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="117"/>
        <source>reports to</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="118"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="119"/>
        <source>preferred channel</source>
        <translation>удобный канал</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="120"/>
        <source>preferred time</source>
        <translation>удобное время</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="121"/>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="122"/>
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="123"/>
        <source>hobbies</source>
        <translation>увлечения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="124"/>
        <source>values</source>
        <translation>ценности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="125"/>
        <source>likes</source>
        <translation>любит</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="126"/>
        <source>dislikes</source>
        <translation>не любит</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="127"/>
        <source>topics to avoid</source>
        <translation>темы, которых избегать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="128"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="129"/>
        <source>last contact</source>
        <translation>последний контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="130"/>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="131"/>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="154"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="132"/>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="133"/>
        <source>summary</source>
        <translation>содержание</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="134"/>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="135"/>
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="136"/>
        <source>next step date</source>
        <translation>дата следующего шага</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="137"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="138"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="139"/>
        <source>requisites</source>
        <translation>реквизиты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="140"/>
        <source>logo</source>
        <translation>логотип</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="141"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="142"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="143"/>
        <source>validity date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="144"/>
        <source>lines</source>
        <translation>позиции</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="145"/>
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="146"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="147"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="148"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="149"/>
        <source>addressees</source>
        <translation>адресаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="150"/>
        <source>arguments</source>
        <translation>аргументы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="151"/>
        <source>similar projects</source>
        <translation>аналогичные проекты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="152"/>
        <source>referees</source>
        <translation>рекомендатели</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="153"/>
        <source>preparing team</source>
        <translation>рабочая группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="155"/>
        <source>sent on</source>
        <translation>дата отправки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="156"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="157"/>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="158"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="159"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="160"/>
        <source>results</source>
        <translation>результаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="161"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="175"/>
        <source>people: {n}</source>
        <translation>участников ГПР: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="176"/>
        <source>interactions: {n}</source>
        <translation>взаимодействий: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="177"/>
        <source>proposals: {n}</source>
        <translation>КП: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="189"/>
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="190"/>
        <source>Newer in the file</source>
        <translation>В файле новее</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="191"/>
        <source>Changed on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="192"/>
        <source>Older than yours</source>
        <translation>Старее вашей</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="198"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="199"/>
        <source>Take theirs</source>
        <translation>Взять из файла</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="200"/>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="441"/>
        <source>{n} new</source>
        <translation>новых: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="442"/>
        <source>{n} updated</source>
        <translation>обновлённых: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="443"/>
        <source>{n} in conflict</source>
        <translation>конфликтов: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="444"/>
        <source>{n} older</source>
        <translation>устаревших: {n}</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="123"/>
        <source>&amp;Export dossier…</source>
        <translation>&amp;Экспорт досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="126"/>
        <source>Save clients&apos; dossiers to a .kamdossier file, optionally with a password.</source>
        <translation>Сохранить досье клиентов в файл .kamdossier, при желании — под паролем.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="129"/>
        <source>&amp;Import dossier…</source>
        <translation>&amp;Импорт досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="133"/>
        <source>Open a .kamdossier file: see what it adds or changes before anything is saved.</source>
        <translation>Открыть файл .kamdossier и увидеть, что он добавит или изменит, до сохранения.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="137"/>
        <source>Export &amp;calendar…</source>
        <translation>Экспорт &amp;календаря…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="139"/>
        <source>Birthdays, proposal validity dates and next steps as an .ics file.</source>
        <translation>Дни рождения, сроки действия КП и следующие шаги — в файл .ics.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="155"/>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="156"/>
        <source>Export this dossier, or exchange its contacts as vCard</source>
        <translation>Экспортировать это досье или обменяться его контактами в формате vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="160"/>
        <source>Export this dossier…</source>
        <translation>Экспорт этого досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="162"/>
        <source>Export vCard…</source>
        <translation>Экспорт vCard…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="163"/>
        <source>Import vCard…</source>
        <translation>Импорт vCard…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="170"/>
        <source>Export the selected person&apos;s data…</source>
        <translation>Выгрузить данные выбранного человека…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="172"/>
        <source>Everything held about them, as PDF or JSON (a subject-access request)</source>
        <translation>Всё, что о нём хранится, в PDF или JSON (запрос субъекта персональных данных)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="175"/>
        <source>Erase this person&apos;s data…</source>
        <translation>Стереть персональные данные человека…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="177"/>
        <source>Remove everything held about them, everywhere (the right to erasure)</source>
        <translation>Удалить всё, что хранится о человеке, отовсюду (право на удаление персональных данных)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="292"/>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="315"/>
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="293"/>
        <source>There are no clients to export yet.</source>
        <translation>Пока нет клиентов для экспорта.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="316"/>
        <source>Writing {file}…</source>
        <translation>Записываю {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="308"/>
        <source>{summary} Saved to {path}.</source>
        <translation>{summary} Сохранено в {path}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="338"/>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="375"/>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="391"/>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="410"/>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="415"/>
        <source>Import dossier</source>
        <translation>Импорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="340"/>
        <source>KAM dossier (*.kamdossier);;All files (*)</source>
        <translation>Досье КАМ (*.kamdossier);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="393"/>
        <source>Nothing to import: your database already has everything in «{file}».</source>
        <translation>Импортировать нечего: в вашей базе уже есть всё, что содержит «{file}».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="404"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="416"/>
        <source>Importing {file}…</source>
        <translation>Импортирую {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="374"/>
        <source>Checking {file}…</source>
        <translation>Проверяю {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="165"/>
        <source>Export calendar…</source>
        <translation>Экспорт календаря…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="167"/>
        <source>This dossier&apos;s birthdays, proposal validity dates and next steps as .ics</source>
        <translation>Дни рождения, сроки действия КП и следующие шаги этого досье в файле .ics</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="95"/>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="341"/>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="388"/>
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="112"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="124"/>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="125"/>
        <source>no client is open</source>
        <translation>клиент не открыт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="126"/>
        <source>This client: «{name}»</source>
        <translation>Этот клиент: «{name}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="128"/>
        <source>Chosen clients:</source>
        <translation>Выбранные клиенты:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="130"/>
        <source>All clients ({count})</source>
        <translation>Все клиенты ({count})</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="137"/>
        <source>Filter by name</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="176"/>
        <source>Without personal details (family, birthdays, hobbies, values, notes)</source>
        <translation>Без личных данных (семья, дни рождения, увлечения, ценности, заметки)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="180"/>
        <source>Left out: birthdays and the wedding anniversary, family (with their birthdays), hobbies, values, likes and dislikes, topics to avoid and personal notes. Travel: names, positions, roles in the decision, influence, attitude, concerns, work contacts, interactions and proposals. The file says it carries no personal details, and importing it keeps the receiver&apos;s own.</source>
        <translation>Не включаются: дни рождения и годовщина свадьбы, семья (с днями рождения), увлечения, ценности, что любит и не любит, темы, которых избегать, и личные заметки. Передаются: ФИО, должности, роли в ГПР, влияние, отношение, опасения, рабочие контакты, взаимодействия и КП. В файле указано, что личных данных в нём нет, а при импорте у получателя остаются его собственные.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="191"/>
        <source>On for a handover to a colleague: the business facts travel, the people&apos;s private details stay here. Off for a full copy, e.g. to your other computer.</source>
        <translation>Включено для передачи дел коллеге: уходят деловые сведения, личные данные людей остаются здесь. Выключено для полной копии, например на ваш другой компьютер.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="209"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="210"/>
        <source>Protect the file with a password (AES-256)</source>
        <translation>Защитить файл паролем (AES-256)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="228"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="230"/>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="239"/>
        <source>Save to</source>
        <translation>Куда сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="242"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="279"/>
        <source>Chosen: {count}</source>
        <translation>Выбрано: {count}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="300"/>
        <source>all clients {date}</source>
        <translation>все клиенты {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="302"/>
        <source>dossiers {date}</source>
        <translation>досье {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="317"/>
        <source>Weak password: use at least 12 characters, mixing letters and digits.</source>
        <translation>Слабый пароль: используйте не меньше 12 символов, буквы вместе с цифрами.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="318"/>
        <source>Fair password.</source>
        <translation>Средний пароль.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="319"/>
        <source>Strong password.</source>
        <translation>Надёжный пароль.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="326"/>
        <source>Send the password separately from the file, e.g. by phone. It is not stored anywhere: a lost password cannot be recovered.</source>
        <translation>Передайте пароль отдельно от файла, например по телефону. Он нигде не хранится: забытый пароль восстановить нельзя.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="331"/>
        <source>Without a password anyone who gets the file can read it. Dossiers are a commercial secret and hold personal data of the client&apos;s employees.</source>
        <translation>Без пароля файл прочтёт любой, к кому он попадёт. Досье — коммерческая тайна и содержит персональные данные сотрудников клиента.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="343"/>
        <source>KAM dossier (*.kamdossier)</source>
        <translation>Досье КАМ (*.kamdossier)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="354"/>
        <source>Choose at least one client.</source>
        <translation>Выберите хотя бы одного клиента.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="358"/>
        <source>The password needs at least {n} characters.</source>
        <translation>Пароль должен быть не короче {n} символов.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="362"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="365"/>
        <source>Choose where to save the file.</source>
        <translation>Укажите, куда сохранить файл.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="369"/>
        <source>Folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="389"/>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже есть. Заменить его?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="284"/>
        <source>Import dossier — preview</source>
        <translation>Импорт досье — предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="287"/>
        <source>What «{file}» will change</source>
        <translation>Что изменит «{file}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="299"/>
        <source>This file carries no personal details (family, birthdays, hobbies, values, notes): the people&apos;s personal details in your database stay as they are.</source>
        <translation>В этом файле нет личных данных (семья, дни рождения, увлечения, ценности, заметки): личные данные людей в вашей базе остаются как есть.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="314"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="314"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="314"/>
        <source>Your choice</source>
        <translation>Ваше решение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="314"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="343"/>
        <source>Apply to all conflicts</source>
        <translation>Применить ко всем конфликтам</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="347"/>
        <source>For every conflict:</source>
        <translation>Для всех конфликтов:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="357"/>
        <source>Keep mine: your record stays as it is. Take theirs: the record from the file replaces yours. Keep both: the record from the file is added as a copy. Nothing changes until you press Import, and the import is all or nothing.</source>
        <translation>«Оставить моё» — ваша запись не меняется. «Взять из файла» — запись из файла заменяет вашу. «Оставить оба» — запись из файла добавляется копией. До нажатия «Импортировать» ничего не меняется, а импорт выполняется целиком или не выполняется вовсе.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="371"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="399"/>
        <source>Exported by {who} on {when} (KAM Desktop {version}).</source>
        <translation>Экспортировал {who}, {when} (KAM Desktop {version}).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="400"/>
        <source>unknown</source>
        <translation>неизвестно кто</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="411"/>
        <source>This file cannot be imported: it holds records that belong to another client in your database (or are another kind of record here). Nothing will change.</source>
        <translation>Этот файл нельзя импортировать: в нём есть записи, которые в вашей базе принадлежат другому клиенту (или являются здесь записями другого вида). Ничего не изменится.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="417"/>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="423"/>
        <source>to add</source>
        <translation>добавится</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="424"/>
        <source>to update</source>
        <translation>обновится</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="425"/>
        <source>in conflict</source>
        <translation>в конфликте</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="426"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="427"/>
        <source>older than yours (kept)</source>
        <translation>старее ваших (останутся ваши)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="466"/>
        <source>Shared: our company, team, roles, library</source>
        <translation>Общие данные: наша компания, команда, роли, библиотека</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="473"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="529"/>
        <source>Yours last changed {mine}; the file&apos;s {theirs}.</source>
        <translation>Ваша изменена {mine}, в файле — {theirs}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="535"/>
        <source>Differs in: {fields}.</source>
        <translation>Отличается: {fields}.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="201"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="293"/>
        <source>{label}
{done} of {total}</source>
        <translation>{label}
{done} из {total}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="303"/>
        <source>Stopping… nothing will be left half-done.</source>
        <translation>Останавливаю… ничего не останется сделанным наполовину.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="304"/>
        <source>Stopping…</source>
        <translation>Останавливаю…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="29"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="31"/>
        <source>«{file}» is protected with a password.</source>
        <translation>Файл «{file}» защищён паролем.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="37"/>
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="43"/>
        <source>Check the keyboard layout and Caps Lock.</source>
        <translation>Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="49"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>PersonErase</name>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="118"/>
        <source>The person&apos;s data was erased.</source>
        <translation>Персональные данные человека стёрты.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="120"/>
        <source>The person&apos;s data was erased; the database was busy, so deleted bytes may stay in the file until the next erasure.</source>
        <translation>Персональные данные человека стёрты; база была занята, поэтому удалённые байты могут остаться в файле до следующего стирания.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="128"/>
        <source>Erase this person&apos;s data</source>
        <translation>Стереть персональные данные человека</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_erase.py" line="129"/>
        <source>Erasing and rewriting the database file…</source>
        <translation>Стираю данные и перезаписываю файл базы…</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <location filename="../../kam_desktop/gui/person_export.py" line="23"/>
        <source>Export a person&apos;s data</source>
        <translation>Выгрузка данных человека</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_export.py" line="24"/>
        <source>personal data</source>
        <translation>персональные данные</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_export.py" line="26"/>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/person_export.py" line="41"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="267"/>
        <source>Reading {file}…</source>
        <translation>Читаю {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="258"/>
        <source>Adding the contacts…</source>
        <translation>Добавляю контакты…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="44"/>
        <source>Same e-mail</source>
        <translation>Тот же e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="45"/>
        <source>Same phone</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="46"/>
        <source>Same name</source>
        <translation>То же ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="194"/>
        <source>Export vCard</source>
        <translation>Экспорт vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="201"/>
        <source>decision group</source>
        <translation>ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="203"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="209"/>
        <source>Saved {count} contacts of «{client}» to {path}.</source>
        <translation>Сохранено контактов «{client}»: {count} — в {path}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="226"/>
        <source>Import vCard</source>
        <translation>Импорт vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="233"/>
        <source>vCard ({patterns});;All files (*)</source>
        <translation>vCard ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="255"/>
        <source>No contacts were added.</source>
        <translation>Контакты не добавлены.</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="59"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="62"/>
        <source>Contacts for the decision group of «{client}»</source>
        <translation>Контакты для ГПР «{client}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="73"/>
        <source>{total} contacts in the file: {new} new, {dup} already in the group.</source>
        <translation>Контактов в файле: {total}; новых: {new}, уже есть в ГПР: {dup}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="79"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="80"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="82"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="83"/>
        <source>Match in the group</source>
        <translation>Совпадение в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="106"/>
        <source>Duplicates are not ticked: the person is already in the decision group. Tick a card to add it anyway.</source>
        <translation>Дубликаты не отмечены: этот человек уже есть в ГПР. Отметьте карточку, чтобы всё равно добавить её.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="115"/>
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="133"/>
        <source>Not imported from the file:</source>
        <translation>Не импортируется из файла:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="136"/>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="156"/>
        <source>{reason}: {name}</source>
        <translation>{reason}: {name}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="162"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="188"/>
        <source>Add to the group: {n}</source>
        <translation>Добавить в ГПР: {n}</translation>
    </message>
</context>
</TS>
