import type { ChatMessage } from '../../../src/core/chat/chat-input-tokens.ts'

// OpenAI cookbook, "How to count tokens with tiktoken" (openai/openai-cookbook@c81359cd):
// requests whose billed input the API reported, used by unit and end-to-end tests alike.

/** Section 6: six messages; the API billed 124 on gpt-4o and gpt-4o-mini, 129 on gpt-3.5-turbo and gpt-4. */
export const SIX_MESSAGES: ChatMessage[] = [
  {
    role: 'system',
    content: 'You are a helpful, pattern-following assistant that translates corporate jargon into plain English.',
  },
  { role: 'system', name: 'example_user', content: 'New synergies will help drive top-line growth.' },
  { role: 'system', name: 'example_assistant', content: 'Things working well together will increase revenue.' },
  {
    role: 'system',
    name: 'example_user',
    content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage.",
  },
  {
    role: 'system',
    name: 'example_assistant',
    content: "Let's talk later when we're less busy about how to do better.",
  },
  { role: 'user', content: "This late pivot means we don't have time to boil the ocean for the client deliverable." },
]

/** Section 7: one tool; with the two messages below the API billed 101 on gpt-4o(-mini), 105 on gpt-3.5-turbo and gpt-4. */
export const WEATHER_TOOLS = JSON.stringify([
  {
    type: 'function',
    function: {
      name: 'get_current_weather',
      description: 'Get the current weather in a given location',
      parameters: {
        type: 'object',
        properties: {
          location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
          unit: { type: 'string', description: 'The unit of temperature to return', enum: ['celsius', 'fahrenheit'] },
        },
        required: ['location'],
      },
    },
  },
])
export const WEATHER_SYSTEM = 'You are a helpful assistant that can answer to questions about the weather.'
export const WEATHER_USER = "What's the weather like in San Francisco?"
