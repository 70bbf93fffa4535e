export default function Home() {
  return <main>Managen.ai</main>;
}
