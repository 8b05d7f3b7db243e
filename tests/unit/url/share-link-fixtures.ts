// A share link made by the first version with share links (link format v1), frozen here: every
// later version must open it as exactly this scenario (unit and end-to-end tests check).
export const V1_PROMPT = 'Summarise <|endoftext|> & reply in français 🇫🇷\n'.repeat(40)

export const V1_LINK = {
  search:
    '?v=1&models=gpt-4o-mini%2Cgpt-4o%2Ccustom&mix=60%2C25.5%2C14.5&volume=2500000&max_tokens=800&output=250&response_cache=12.5&prefix_tokens=1500&prompt_cache=70&batch=30&reasoning=400&images=2&image_size=1920x1080&image_detail=low&pricing=2025-06-30&c=j2nkur',
  hash: '#z=7csxbgIxEAXQq1i_SGWtliAaK0oRpaGIQIJ02xjvrLDA45U9joKAmmNQpsgBcoBciCOkT9qUbp_0jniDmWiMKYZRYLAqIdjkM6mHE3EfB6F3OT2qO5Vo3B-UZzUky98f1md1u14-b9fLV8e11VZbbbXVVltt_96gkQ9ZKMDgidQmeRoaaLiSJQaYI9gGgsGipKxVBylMfQdoeB6LvOZ-SellHXcwbTPViEV-8aS513DWbamf_y3tVGNjxW2ffXaxsCwpOWKBmbXn8w8',
}
