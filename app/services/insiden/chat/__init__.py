"""Field reports from chat messages (issue 11): a pasted WhatsApp report or an exported
chat becomes a draft incident. No Qt here: ``rules`` holds the editable keyword lists,
``extract`` recognises place, TPS, RT/RW, time, category, severity and reporter in one
message, ``chat_export`` splits a WhatsApp "export chat" file into messages."""
