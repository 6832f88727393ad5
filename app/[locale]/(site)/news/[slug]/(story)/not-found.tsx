// The story layout already shows what to say (the languages the story exists in, or the plain 404 text).
export default function StoryNotFound() {
  return null;
}
